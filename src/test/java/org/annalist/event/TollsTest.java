package org.annalist.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.annalist.events.StoredEvent;
import org.junit.jupiter.api.Test;

/** The tolls passages give, and the sources of one event that disagree on them. */
class TollsTest {

    @Test
    void readsTheTollsAPassageGives() {
        assertThat(Tolls.of("Les heurts ont fait 37 morts et 1 200 blessés vendredi au Caire."))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Tolls.Kind.DEAD, 37L, Tolls.Kind.WOUNDED, 1200L));
        assertThat(Tolls.of("The clashes killed 53 people and left 2,000 injured, officials said."))
                .containsExactlyInAnyOrderEntriesOf(Map.of(Tolls.Kind.DEAD, 53L, Tolls.Kind.WOUNDED, 2000L));
        assertThat(Tolls.of("La police a procédé à 500 arrestations.")).containsEntry(Tolls.Kind.ARRESTED, 500L);
        assertThat(Tolls.of("Le 3 juillet 2013, l'armée a destitué Mohamed Morsi.")).isEmpty();
    }

    private static StoredEvent.Source source(long document, String passage) {
        return new StoredEvent.Source(document, "Doc " + document, null, LocalDate.of(2013, 7, 6), 0, passage.length(),
                passage, "2013-07-05", null, null);
    }

    private static StoredEvent event(StoredEvent.Source... sources) {
        return new StoredEvent(1, "Heurts au Caire", LocalDateTime.of(2013, 7, 5, 0, 0), LocalDateTime.of(2013, 7, 6, 0, 0),
                null, "2013-07-05", null, "vendredi", DateHow.EXPLICIT, "", Polarity.AFFIRMED, 0.8,
                StoredEvent.Origin.EXTRACTED, List.of(), List.of(), List.of(), List.of(sources));
    }

    @Test
    void sourcesThatGiveDifferentTollsDisagree() {
        StoredEvent apart = event(source(1, "Les heurts de vendredi ont fait 37 morts au Caire."),
                source(2, "Vendredi, les affrontements ont fait 53 morts, selon le ministère."));
        assertThat(apart.tollsDisagreeing()).containsExactly(Map.entry(Tolls.Kind.DEAD, List.of(37L, 53L)));
        assertThat(apart.sourcesDisagree()).isTrue();
        assertThat(apart.datesDisagree()).isFalse();

        StoredEvent agreeing = event(source(1, "Les heurts ont fait 37 morts."), source(2, "Bilan : 37 morts."),
                source(3, "Des heurts ont eu lieu vendredi."));
        assertThat(agreeing.tollsDisagreeing()).isEmpty();
        assertThat(agreeing.sourcesDisagree()).isFalse();
    }
}
