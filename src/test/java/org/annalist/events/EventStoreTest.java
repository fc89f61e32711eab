package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annalist.documents.IngestResult;
import org.annalist.documents.IngestService;
import org.annalist.event.DateHow;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Ingestion stores what extraction reads; events can be queried, merged across documents, re-extracted. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class EventStoreTest {

    @Autowired
    IngestService ingest;

    @Autowired
    EventRepository events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.empty();
    }

    private IngestResult ingest(String name, String text) {
        return ingest.ingest(name, text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
    }

    @Test
    void theSeedsGiveEventsThatFiltersSelect() {
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        List<StoredEvent> all = events.find(EventFilter.ALL, 1000);
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        // Dated events in date order, undated ones last.
        List<StoredEvent> dated = all.stream().filter(e -> e.start() != null).toList();
        assertThat(dated).isSortedAccordingTo(java.util.Comparator.comparing(StoredEvent::start));
        assertThat(all.subList(dated.size(), all.size())).allMatch(e -> e.start() == null && e.dateHow() == DateHow.UNDATED);

        List<StoredEvent> soleimani = events.find(new EventFilter(List.of("qassem-soleimani"), List.of(), null, null,
                List.of(), null, true), 1000);
        assertThat(soleimani).isNotEmpty().allMatch(e -> e.actors().stream().anyMatch(a -> a.id().equals("qassem-soleimani")));

        List<StoredEvent> january2020 = events.find(new EventFilter(List.of(), List.of(), LocalDate.of(2020, 1, 1).atStartOfDay(),
                LocalDate.of(2020, 2, 1).atStartOfDay(), List.of(), null, false), 1000);
        assertThat(january2020).extracting(StoredEvent::title)
                .anyMatch(t -> t.startsWith("Judd Deere a confirmé"))
                .anyMatch(t -> t.startsWith("Qassem Soleimani assassiné"));
        assertThat(january2020).noneMatch(e -> e.start().getYear() == 2015);

        List<StoredEvent> russia = events.find(new EventFilter(List.of(), List.of("russie-cei"), null, null, List.of(), null, true), 1000);
        assertThat(russia).isNotEmpty().allMatch(e -> e.regions().contains("russie-cei"));

        List<StoredEvent> text = events.find(new EventFilter(List.of(), List.of(), null, null, List.of(), "télévision", true), 1000);
        assertThat(text).singleElement().satisfies(e -> assertThat(e.polarity()).hasToString("NEGATED"));

        StoredEvent deere = january2020.stream().filter(t -> t.title().startsWith("Judd Deere")).findFirst().orElseThrow();
        StoredEvent.Source source = deere.sources().get(0);
        String stored = jdbc.sql("SELECT content FROM document WHERE id = ?").param(source.documentId()).query(String.class).single();
        assertThat(stored.substring(source.passageBegin(), source.passageEnd())).isEqualTo(source.passage()).contains("mardi soir");
        assertThat(source.documentTitle()).isEqualTo("Trump veut se retirer, il est obligé de désamorcer");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM timex").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mention").query(Long.class).single()).isPositive();
    }

    @Test
    void theSameEventToldByTwoDocumentsIsOneEventWithTwoSources() {
        ingest("a.txt", "Frappe à Bagdad\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le général Qassem Soleimani a été tué par une frappe américaine à Bagdad le 3 janvier 2020.\n");
        ingest("b.txt", "Mort d'un général\n\nLibération, 5 janvier 2020\n\n"
                + "Qassem Soleimani a été tué vendredi à Bagdad par un drone américain, selon le Pentagone.\n");
        ingest("c.txt", "Autre récit\n\nLe Figaro, 6 mars 2020\n\n"
                + "Qassem Soleimani a été tué à Bagdad en 2019, affirme à tort un blog.\n");
        List<StoredEvent> killing = events.find(new EventFilter(List.of("qassem-soleimani"), List.of(), null, null, List.of(), null, true), 100);
        StoredEvent merged = killing.stream().filter(e -> e.corroboration() == 2).findFirst().orElseThrow(() -> new AssertionError(killing));
        assertThat(merged.timexValue()).isEqualTo("2020-01-03");
        assertThat(merged.sources()).extracting(StoredEvent.Source::timexValue).containsExactlyInAnyOrder("2020-01-03", "2020-01-03");
        // Why: the decision's evidence, kept for the source the event gained.
        String reasons = jdbc.sql("SELECT reasons FROM event_merge WHERE event_id = ?").param(merged.id()).query(String.class).single();
        assertThat(reasons).contains("SAME_DATE").contains("BOTH_NAME=").contains("Qassem Soleimani");
        // The conflicting date (2019) is kept as its own event, not merged or overwritten.
        assertThat(killing).anyMatch(e -> "2019".equals(e.timexValue()) && e.corroboration() == 1);
    }

    @Test
    void reExtractionReplacesMachineEventsButKeepsAPersonsCorrections() {
        IngestResult result = ingest("d.txt", "Sommet\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le président Emmanuel Macron a reçu Vladimir Poutine à Paris le 8 janvier 2020. "
                + "Ils se reverront en 2021.\n");
        List<StoredEvent> before = events.find(EventFilter.ALL, 100);
        assertThat(before).hasSize(2);
        long edited = before.get(0).id();
        database.update("UPDATE event SET title = 'Macron reçoit Poutine', search_title = ' macron recoit poutine ', origin = 'EDITED' WHERE id = ?", edited);
        jdbc.sql("INSERT INTO event_edit (event_id, editor, edited_at, field_name, old_value, new_value) VALUES (?, 'test', CURRENT_TIMESTAMP, 'title', 'x', 'Macron reçoit Poutine')")
                .param(edited).update();

        ingest.reextract(result.documentId());

        List<StoredEvent> after = events.find(EventFilter.ALL, 100);
        assertThat(after).extracting(StoredEvent::title).contains("Macron reçoit Poutine");
        assertThat(after.stream().filter(e -> e.id() == edited).findFirst().orElseThrow().origin()).hasToString("EDITED");
        // The edited passage is not read again into a second, machine-made event: only the other one is.
        assertThat(after).hasSize(2);
        assertThat(after.stream().filter(e -> e.origin() == StoredEvent.Origin.EXTRACTED).count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_edit").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void settingTheDateOfAnUndatedDocumentReadsItsDates() {
        IngestResult result = ingest("e.txt", "Note\n\nLe ministre a démissionné hier, trois jours après le vote.\n");
        assertThat(result.counts().events()).isZero();
        assertThat(ingest.setPublished(result.documentId(), LocalDate.of(2020, 5, 12))).isTrue();
        List<StoredEvent> found = events.find(EventFilter.ALL, 10);
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.timexValue()).isEqualTo("2020-05-11");
            assertThat(e.dateHow()).hasToString("RELATIVE_TO_PUBLICATION");
        });
        assertThat(ingest.setPublished(999_999, LocalDate.of(2020, 5, 12))).isFalse();
    }
}
