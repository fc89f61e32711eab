package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annalist.events.EventRepository;
import org.annalist.timeline.Facet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The actor box finds an actor by any alias, in either language, whatever the case and the accents (as the CLI does). */
@SpringBootTest
@ActiveProfiles("test")
class ActorAliasSearchTest {

    @Autowired
    EventRepository events;

    private FilterChoices actors() {
        List<Facet> facets = List.of(new Facet("vladimir-poutine", "Vladimir Poutine", 5),
                new Facet("mouammar-kadhafi", "Mouammar Kadhafi", 4), new Facet("otan", "OTAN", 3),
                new Facet("state-fr", "France", 2));
        return new FilterChoices(() -> facets, keys -> Map.of(), events::entitiesCalled);
    }

    @Test
    void anAliasInEitherLanguageFindsTheActor() {
        FilterChoices box = actors();
        assertThat(box.matching("Putin")).containsExactly("vladimir-poutine");
        assertThat(box.matching("poutine")).containsExactly("vladimir-poutine");
        assertThat(box.matching("Gaddafi")).containsExactly("mouammar-kadhafi");
        assertThat(box.matching("KADHAFI")).containsExactly("mouammar-kadhafi");
        assertThat(box.matching("NATO")).containsExactly("otan");
        assertThat(box.matching("Otan")).containsExactly("otan");
        assertThat(box.matching("fra")).containsExactly("state-fr");
        assertThat(box.matching("")).hasSize(4);
        assertThat(box.matching("nobody at all")).isEmpty();
    }
}
