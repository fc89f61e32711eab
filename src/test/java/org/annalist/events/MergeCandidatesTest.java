package org.annalist.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.annalist.curation.EventCuration;
import org.annalist.database.EventRevision;
import org.annalist.documents.IngestService;
import org.annalist.event.MergeView;
import org.annalist.event.MergeWords;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.SignedIn;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Candidates' merge views are kept between documents, and are never used once what they were made from changed:
 * the event's row, its first sources, its participants (by this process or, through the revision, by another).
 */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class MergeCandidatesTest {

    @Autowired
    IngestService ingest;

    @Autowired
    MergeCandidates candidates;

    @Autowired
    EventCuration curation;

    @Autowired
    EventRevision revision;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    private long eventId;
    private LocalDateTime start;
    private LocalDateTime end;

    @BeforeEach
    void seeds() {
        database.empty();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        record Dated(long id, LocalDateTime start, LocalDateTime end) {
        }
        Dated event = jdbc.sql("""
                        SELECT id, interval_start, interval_end FROM event WHERE interval_start IS NOT NULL AND hidden = FALSE
                        AND granularity = 'DAY' ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .query((rs, n) -> new Dated(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getObject(3, LocalDateTime.class)))
                .single();
        eventId = event.id();
        start = event.start();
        end = event.end();
    }

    private MergeView view() {
        return candidates.find(Set.of(), start, end).stream().filter(c -> c.id() == eventId).findFirst().orElseThrow().view();
    }

    private static String[] tombouctou() {
        return MergeWords.of("Tombouctou", "fr").keySet().toArray(String[]::new);
    }

    @Test
    void theSameViewComesBackWhileNothingChanged() {
        MergeView first = view();
        assertThat(view()).isSameAs(first);
    }

    @Test
    void aCorrectedPlaceGivesANewView() {
        MergeView first = view();
        assertThat(first.specific()).doesNotContainKey("city-2988507");
        curation.setPlaces(eventId, List.of("city-2988507"), "test");
        MergeView second = view();
        assertThat(second).isNotSameAs(first);
        assertThat(second.specific()).containsKey("city-2988507");
    }

    @Test
    void aNewSourceAmongTheFirstGivesANewViewWithItsWords() {
        MergeView first = view();
        long document = jdbc.sql("SELECT MAX(id) FROM document").query(Long.class).single();
        // A source added by another process: the revision tells which event changed.
        jdbc.sql("""
                        INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text, search_passage)
                        VALUES (?, ?, 999999, 1000010, 'Les casques bleus patrouillent à Tombouctou.', 'casques bleus')""")
                .params(eventId, document).update();
        revision.written(eventId);
        MergeView second = view();
        assertThat(second).isNotSameAs(first);
        assertThat(second.words()).containsKeys(tombouctou());
    }

    @Test
    void aSourceAfterTheFirstOnesKeepsTheView() {
        long document = jdbc.sql("SELECT MAX(id) FROM document").query(Long.class).single();
        for (int i = 0; i <= MergeCandidates.PASSAGES; i++) {
            addSource(document, 2_000_000 + i);
        }
        revision.written(eventId);
        MergeView first = view();
        // Read while a corpus is stored, most changes are such: one more source after the ones the view reads.
        addSource(document, 3_000_000);
        revision.written(eventId);
        assertThat(view()).isSameAs(first);
    }

    private void addSource(long document, int begin) {
        jdbc.sql("""
                        INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text, search_passage)
                        VALUES (?, ?, ?, ?, 'Une source de plus.', 'source')""")
                .params(eventId, document, begin, begin + 10).update();
    }

    @Test
    void aTitleChangedWithoutARevisionStillGivesANewView() {
        MergeView first = view();
        jdbc.sql("UPDATE event SET title = 'Attentat à Tombouctou' WHERE id = ?").param(eventId).update();
        MergeView second = view();
        assertThat(second).isNotSameAs(first);
        assertThat(second.titleWords()).containsKeys(tombouctou());
    }
}
