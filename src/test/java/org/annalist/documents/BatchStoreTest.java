package org.annalist.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.batch.BatchCodec;
import org.annalist.batch.BatchDocument;
import org.annalist.batch.BatchInput;
import org.annalist.batch.BatchReader;
import org.annalist.documents.IngestResult.Status;
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
 * What a batch job reads, handed over as JSON lines and stored, gives the rows {@code ingest} writes for the same
 * documents: documents, layouts, dates, mentions, events with their sources, actors, places and regions.
 */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class BatchStoreTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev");

    @Autowired
    IngestService ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    @Test
    void theSeedsStoredFromABatchAreTheSeedsIngested() throws IOException {
        assertSameRows(List.of(Acceptance.SEEDS));
    }

    @Test
    void theDevelopmentCorpusStoredFromABatchIsTheCorpusIngested() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpora/ml-crisis-fr-dev is not there: comparison skipped");
        // Pages of the same outlets: each is read with the furniture the pages before it share.
        assertSameRows(List.of(CORPUS.resolve("egypt"), CORPUS.resolve("yemen")));
    }

    @Test
    void aDocumentAlreadyStoredIsLeftAsItIsAndARejectedOneIsReported() throws IOException {
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        List<BatchInput> inputs = new ArrayList<>(files(List.of(Acceptance.SEEDS)));
        inputs.add(BatchInput.record("empty", "   ", null, null, null));
        List<IngestResult> results = ingest.storeBatch(roundTrip(reader().readAll(inputs)).iterator(),
                r -> { });
        assertThat(results).extracting(IngestResult::status)
                .containsExactly(Status.UNCHANGED, Status.UNCHANGED, Status.REJECTED);
    }

    private void assertSameRows(List<Path> folders) throws IOException {
        List<IngestResult> alone = ingest.ingestPaths(folders, IngestOptions.NONE, r -> { });
        List<String> ingested = rows();
        database.empty();

        List<BatchDocument> read = reader().readAll(files(folders));
        List<IngestResult> results = ingest.storeBatch(roundTrip(read).iterator(), r -> { });
        assertThat(results).extracting(IngestResult::status)
                .containsExactlyElementsOf(alone.stream().map(IngestResult::status).toList());
        List<String> loaded = rows();
        assertThat(loaded).hasSizeGreaterThan(10);
        if (System.getProperty("annalist.batch.dump") != null) {
            Files.write(Path.of(System.getProperty("annalist.batch.dump") + ".ingested"), ingested);
            Files.write(Path.of(System.getProperty("annalist.batch.dump") + ".loaded"), loaded);
        }
        List<String> missing = new ArrayList<>(ingested);
        missing.removeAll(loaded);
        List<String> extra = new ArrayList<>(loaded);
        extra.removeAll(ingested);
        assertThat(missing).as("rows ingest wrote that the batch did not (and %d the other way: %s)", extra.size(),
                extra.stream().limit(5).toList()).isEmpty();
        assertThat(loaded).containsExactlyElementsOf(ingested);
    }

    /** A batch reader with the store's size limit (the tests' is small). */
    private BatchReader reader() {
        return new BatchReader(org.annalist.event.Extraction.standard(), ingest.maxSize().toBytes());
    }

    /** Through the hand-off's form, as a job's output is. */
    private static List<BatchDocument> roundTrip(List<BatchDocument> read) {
        List<BatchDocument> back = read.stream().map(BatchCodec::write).map(BatchCodec::read).toList();
        assertThat(back).isEqualTo(read);
        return back;
    }

    /** The files ingest reads in these folders, in its order. */
    private static List<BatchInput> files(List<Path> folders) throws IOException {
        List<BatchInput> inputs = new ArrayList<>();
        for (Path folder : folders) {
            org.annalist.reading.CorpusFiles.documentsIn(folder).stream().map(BatchInput::file).forEach(inputs::add);
        }
        return inputs;
    }

    /** The stored rows, by content (ids replaced by what they stand for), sorted. */
    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("""
                SELECT content_hash, source_name, title, author, outlet, published_on, date_source, language, url, body_found
                FROM document""").query((rs, n) -> "document " + columns(rs)).list());
        rows.addAll(jdbc.sql("""
                SELECT d.content_hash, p.* FROM document_part p JOIN document d ON d.id = p.document_id""")
                .query((rs, n) -> "part " + columns(rs).replaceFirst("\\|[0-9]+\\|", "|")).list());
        rows.addAll(jdbc.sql("""
                SELECT d.content_hash, t.begin_offset, t.end_offset, t.type, t.timex_value, t.timex_mod, t.interval_start,
                       t.interval_end, t.unresolved FROM timex t JOIN document d ON d.id = t.document_id""")
                .query((rs, n) -> "timex " + columns(rs)).list());
        rows.addAll(jdbc.sql("""
                SELECT d.content_hash, m.begin_offset, m.end_offset, m.entity_id, m.how, m.confidence
                FROM mention m JOIN document d ON d.id = m.document_id""")
                .query((rs, n) -> "mention " + columns(rs)).list());
        // An event by what it says and where it is told (its id depends on the table's identity).
        java.util.Map<Long, List<String>> events = new java.util.TreeMap<>();
        jdbc.sql("""
                SELECT e.id, e.title, e.timex_value, e.interval_start, e.interval_end, e.date_how, e.polarity, e.confidence
                FROM event e""").query(rs -> {
                    events.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(columns(rs, 2));
                });
        for (String sql : List.of("""
                SELECT s.event_id, 'source', d.content_hash, s.passage_begin, s.passage_end, s.timex_value
                FROM event_source s JOIN document d ON d.id = s.document_id""",
                "SELECT event_id, 'actor', entity_id, role FROM event_actor",
                "SELECT event_id, 'place', entity_id FROM event_place",
                "SELECT event_id, 'region', region_id FROM event_region")) {
            jdbc.sql(sql).query(rs -> {
                events.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(columns(rs, 2));
            });
        }
        events.values().forEach(event -> rows.add("event " + event.getFirst() + " "
                + event.subList(1, event.size()).stream().sorted().toList()));
        rows.addAll(jdbc.sql("SELECT fingerprint, documents FROM line_fingerprint").query((rs, n) -> "line " + columns(rs)).list());
        return rows.stream().sorted().toList();
    }

    private static String columns(java.sql.ResultSet rs) throws java.sql.SQLException {
        return columns(rs, 1);
    }

    private static String columns(java.sql.ResultSet rs, int from) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int i = from; i <= rs.getMetaData().getColumnCount(); i++) {
            if (i > from) {
                row.append('|');
            }
            row.append(rs.getString(i));
        }
        return row.toString();
    }
}
