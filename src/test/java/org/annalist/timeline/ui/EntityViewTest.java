package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import org.annalist.documents.IngestService;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.SignedIn;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** An entity's page on the seeds: names in the interface's language, aliases, counts, companions, links back. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class EntityViewTest extends SpringBrowserlessTest {

    @Autowired
    IngestService ingest;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void seeds() {
        database.empty();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private static String text(EntityView view) {
        return view.getElement().getTextRecursively();
    }

    @Test
    void anActorsPageNamesItInEnglishWithItsFrenchNameAndLeadsToItsEvents() {
        EntityView view = navigate("entity/vladimir-poutine", EntityView.class);
        assertThat(text(view)).contains("Vladimir Putin", "Person", "Vladimir Poutine");
        assertThat(view.query().actors()).containsExactly("vladimir-poutine");
        RouterLink asActor = find(view, RouterLink.class).stream().filter(l -> l.hasClassName("entity-as-actor"))
                .findFirst().orElseThrow();
        assertThat(asActor.getHref()).contains("actor=vladimir-poutine");
        assertThat(find(view.companions, RouterLink.class)).isNotEmpty()
                .noneMatch(l -> l.getHref().endsWith("vladimir-poutine"));
        assertThat(view.getPageTitle()).startsWith("Vladimir Putin");
    }

    @Test
    void aCitysPageReadsItsEventsAsPlacedThereAndLinksItsCountry() {
        EntityView view = navigate("entity/city-524901", EntityView.class);
        assertThat(text(view)).contains("Moscow", "City", "Russia");
        assertThat(view.query().places()).containsExactly("city-524901");
        assertThat(find(view, RouterLink.class)).anyMatch(l -> l.getHref().equals("entity/state-ru"));
    }

    @Test
    void anUnknownEntityIsNotFound() {
        assertThatThrownBy(() -> navigate("entity/nobody-at-all", EntityView.class))
                .hasMessageContaining("RouteNotFoundError");
    }

    private static <T extends com.vaadin.flow.component.Component> List<T> find(com.vaadin.flow.component.Component root,
                                                                                 Class<T> type) {
        List<T> found = new java.util.ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends com.vaadin.flow.component.Component> void collect(com.vaadin.flow.component.Component c,
                                                                                Class<T> type, List<T> found) {
        if (type.isInstance(c)) {
            found.add(type.cast(c));
        }
        c.getChildren().forEach(child -> collect(child, type, found));
    }
}
