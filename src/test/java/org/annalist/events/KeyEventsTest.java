package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annalist.documents.IngestService;
import org.annalist.reading.IngestOptions;
import org.annalist.support.SignedIn;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Key events: the salience of stored events, their order, and the key dates. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class KeyEventsTest {

    private static final EventFilter ALL = new EventFilter(List.of(), List.of(), null, null, List.of(), null, true);

    @Autowired
    IngestService ingest;

    @Autowired
    KeyEvents keyEvents;

    @Autowired
    EventRepository events;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.empty();
    }

    private void ingest(String name, String text) {
        ingest.ingest(name, text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
    }

    @Test
    void theDayManyArticlesNameComesFirstAndItsEventHasItsSources() {
        ingest("a.txt", "Frappe à Bagdad\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le général Qassem Soleimani a été tué par une frappe américaine à Bagdad le 3 janvier 2020.\n\n"
                + "Le 8 janvier 2020, l'Iran a tiré des missiles sur deux bases américaines en Irak.\n");
        ingest("b.txt", "Mort d'un général\n\nLibération, 5 janvier 2020\n\n"
                + "Qassem Soleimani a été tué le 3 janvier à Bagdad par un drone américain, selon le Pentagone.\n");
        ingest("c.txt", "Un mois après\n\nLe Figaro, 3 février 2020\n\n"
                + "Un mois après la mort de Qassem Soleimani, tué le 3 janvier 2020 à Bagdad, l'Irak reste sous tension.\n\n"
                + "En 2019, des manifestations avaient secoué Bagdad.\n");

        List<StoredEvent> key = keyEvents.top(ALL, 10);
        assertThat(key).isNotEmpty();
        assertThat(key).extracting(StoredEvent::salience).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        StoredEvent first = key.getFirst();
        assertThat(first.start().toLocalDate()).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(first.corroboration()).isGreaterThanOrEqualTo(2);
        assertThat(first.merges()).isNotEmpty().allSatisfy(m -> assertThat(m.reasons()).contains("SAME_DATE"));
        // A year-precise event is rarely a key event: it comes after the day-precise ones.
        assertThat(key.getLast().granularity().name()).isEqualTo("YEAR");

        assertThat(keyEvents.keyDates(ALL, 2)).containsExactly(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 8));
    }

    @Test
    void salienceIsComputedAgainWhenTheDataChanged() {
        ingest("a.txt", "Frappe à Bagdad\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le 8 janvier 2020, l'Iran a tiré des missiles sur deux bases américaines en Irak.\n");
        double alone = keyEvents.top(ALL, 1).getFirst().salience();
        ingest("b.txt", "Représailles\n\nLibération, 9 janvier 2020\n\n"
                + "Le 8 janvier 2020, Téhéran a frappé des bases américaines en Irak avec des missiles.\n");
        assertThat(keyEvents.top(ALL, 1).getFirst().salience()).isGreaterThan(alone);
    }
}
