package org.annalist.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annalist.database.EventRevision;
import org.annalist.layout.Layout;
import org.annalist.layout.Part;
import org.annalist.layout.PartKind;
import org.annalist.reading.DateSource;
import org.annalist.reading.DocumentMetadata;
import org.annalist.reading.MediaType;
import org.annalist.reading.NewDocument;
import org.annalist.reading.OriginalArticle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Documents and their tags in the database. All SQL takes its values as bind parameters. */
@Repository
public class DocumentRepository {

    private static final String SUMMARY_COLUMNS = """
            id, source_name, media_type, title, author, outlet, published_on, published_at, date_source, language, url,
            original_title, original_outlet, original_published, original_language, char_count, ingested_at""";

    enum TagKind { REGION, THEME, ANALYSIS }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final EventRevision revision;

    public DocumentRepository(JdbcClient jdbc, JdbcTemplate batch, EventRevision revision) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.revision = revision;
    }

    public Optional<Long> findIdByHash(String contentHash) {
        return jdbc.sql("SELECT id FROM document WHERE content_hash = ?").param(contentHash).query(Long.class).optional();
    }

    /** Stores a document and its tags in one transaction: all of it or nothing. */
    @Transactional
    public long insert(NewDocument document) {
        DocumentMetadata m = document.metadata();
        OriginalArticle original = m.original() == null ? new OriginalArticle(null, null, null, null) : m.original();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO document (content_hash, source_name, media_type, source_charset, title, author, outlet,
                            published_on, published_at, date_source, language, url, original_title, original_outlet,
                            original_published, original_language, body_start, char_count, content, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.contentHash(), document.sourceName(), document.mediaType().name(),
                        document.sourceCharset(), m.title(), m.author(), m.outlet(), m.publishedOn(), m.publishedAt(),
                        m.dateSource().name(), m.language(), m.url(), original.title(), original.outlet(),
                        original.published(), original.language(), document.bodyStart(), document.text().length(),
                        document.text(), OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long id = key.getKey().longValue();
        insertTags(id, TagKind.REGION, m.regions());
        insertTags(id, TagKind.THEME, m.themes());
        insertTags(id, TagKind.ANALYSIS, m.analyses());
        insertLayout(id, document.layout());
        revision.documentsWritten();
        return id;
    }

    /** A document's layout read again (a re-reading): its parts replaced, in the caller's transaction. */
    public void replaceLayout(long documentId, Layout layout) {
        jdbc.sql("DELETE FROM document_part WHERE document_id = ?").param(documentId).update();
        insertLayout(documentId, layout);
        revision.documentsWritten();
    }

    private void insertLayout(long documentId, Layout layout) {
        jdbc.sql("UPDATE document SET body_found = ? WHERE id = ?").params(layout.bodyFound(), documentId).update();
        List<Object[]> rows = layout.parts().stream()
                .map(p -> new Object[] {documentId, p.begin(), p.end(), p.kind().name()}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO document_part (document_id, begin_offset, end_offset, kind) VALUES (?, ?, ?, ?)",
                    rows);
        }
    }

    /**
     * What deleting a document would do: the machine-made events only it told go; events other documents also tell
     * stay (without its passages); events a person corrected that only it tells are listed, for the person to confirm.
     */
    public record DeletionPlan(long documentId, String title, List<Long> removed, List<Long> kept,
                               List<Long> correctedOnlyHere) {
    }

    public Optional<DeletionPlan> planDeletion(long documentId) {
        Optional<String> title = jdbc.sql("SELECT COALESCE(title, source_name) FROM document WHERE id = ?")
                .param(documentId).query(String.class).optional();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        record Told(long id, boolean extracted, boolean elsewhere) {
        }
        List<Told> told = jdbc.sql("""
                        SELECT e.id, e.origin = 'EXTRACTED',
                            EXISTS (SELECT 1 FROM event_source o WHERE o.event_id = e.id AND o.document_id <> :document)
                        FROM event e WHERE e.id IN (SELECT event_id FROM event_source WHERE document_id = :document)
                        ORDER BY e.id""")
                .param("document", documentId)
                .query((rs, row) -> new Told(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)))
                .list();
        return Optional.of(new DeletionPlan(documentId, title.get(),
                told.stream().filter(t -> !t.elsewhere() && t.extracted()).map(Told::id).toList(),
                told.stream().filter(Told::elsewhere).map(Told::id).toList(),
                told.stream().filter(t -> !t.elsewhere() && !t.extracted()).map(Told::id).toList()));
    }

    /**
     * Deletes a document with what was read from it (in the caller's transaction): its passages leave every event,
     * and the events it alone told go, except those a person corrected unless {@code withCorrected} (they then stay,
     * without a source). False when there is no such document.
     */
    public boolean delete(DeletionPlan plan, boolean withCorrected) {
        List<Long> told = new ArrayList<>(plan.removed());
        told.addAll(plan.kept());
        told.addAll(plan.correctedOnlyHere());
        if (jdbc.sql("DELETE FROM document WHERE id = ?").param(plan.documentId()).update() == 0) {
            return false;
        }
        List<Long> gone = new ArrayList<>(plan.removed());
        if (withCorrected) {
            gone.addAll(plan.correctedOnlyHere());
        }
        if (!gone.isEmpty()) {
            jdbc.sql("DELETE FROM event WHERE id IN (:gone) AND NOT EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = event.id)")
                    .param("gone", gone).update();
        }
        revision.written(told.stream().mapToLong(Long::longValue).toArray());
        revision.documentsWritten();
        return true;
    }

    /** A person corrects a document's title or language (null: unchanged); false when there is no such document. */
    public boolean updateMetadata(long documentId, String title, String language) {
        revision.documentsWritten();
        return jdbc.sql("UPDATE document SET title = COALESCE(?, title), language = COALESCE(?, language) WHERE id = ?")
                .params(title, language, documentId).update() == 1;
    }

    /** Every document id, in order. */
    public List<Long> ids() {
        return jdbc.sql("SELECT id FROM document ORDER BY id").query(Long.class).list();
    }

    /** False when no body could be told apart from the page's furniture (its whole text was read). */
    public boolean bodyFound(long documentId) {
        return jdbc.sql("SELECT body_found FROM document WHERE id = ?").param(documentId).query(Boolean.class)
                .optional().orElse(true);
    }

    /** The parts of a document's text (none for documents stored before layouts: their body is the whole text). */
    public List<Part> parts(long documentId) {
        return jdbc.sql("SELECT begin_offset, end_offset, kind FROM document_part WHERE document_id = ? ORDER BY begin_offset")
                .param(documentId)
                .query((rs, row) -> new Part(rs.getInt(1), rs.getInt(2), PartKind.valueOf(rs.getString(3))))
                .list();
    }

    private void insertTags(long documentId, TagKind kind, List<String> tags) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            rows.add(new Object[] {documentId, kind.name(), i, tags.get(i)});
        }
        if (!rows.isEmpty()) {
            // One batch, as the parts: a statement a tag was a tenth of storing a document's row.
            batch.batchUpdate("INSERT INTO document_tag (document_id, kind, position, tag) VALUES (?, ?, ?, ?)", rows);
        }
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    /** Every document, newest publication first, undated ones last. */
    public List<DocumentSummary> list() {
        Map<Long, Map<TagKind, List<String>>> tags = tags(null);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM document ORDER BY published_on DESC NULLS LAST, id")
                .query((rs, row) -> summary(rs, tags.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    public Optional<Document> find(long id) {
        Map<Long, Map<TagKind, List<String>>> tags = tags(id);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", content_hash, source_charset, body_start, content"
                        + " FROM document WHERE id = ?")
                .param(id)
                .query((rs, row) -> new Document(summary(rs, tags.getOrDefault(id, Map.of())),
                        rs.getString("content_hash"), rs.getString("source_charset"), rs.getInt("body_start"),
                        rs.getString("content")))
                .optional();
    }

    /** A person states the publication date of a document (typically an undated one). */
    @Transactional
    public boolean setPublished(long id, LocalDate publishedOn) {
        revision.documentsWritten();
        return jdbc.sql("UPDATE document SET published_on = ?, published_at = NULL, date_source = ? WHERE id = ?")
                .params(publishedOn, (publishedOn == null ? DateSource.NONE : DateSource.USER).name(), id)
                .update() == 1;
    }

    private Map<Long, Map<TagKind, List<String>>> tags(Long documentId) {
        Map<Long, Map<TagKind, List<String>>> tags = new HashMap<>();
        String sql = "SELECT document_id, kind, tag FROM document_tag"
                + (documentId == null ? "" : " WHERE document_id = :id") + " ORDER BY document_id, kind, position";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (documentId != null) {
            statement = statement.param("id", documentId);
        }
        statement.query(rs -> {
            tags.computeIfAbsent(rs.getLong("document_id"), id -> new HashMap<>())
                    .computeIfAbsent(TagKind.valueOf(rs.getString("kind")), kind -> new ArrayList<>())
                    .add(rs.getString("tag"));
        });
        return tags;
    }

    private static DocumentSummary summary(ResultSet rs, Map<TagKind, List<String>> tags) throws SQLException {
        OriginalArticle original = new OriginalArticle(rs.getString("original_title"), rs.getString("original_outlet"),
                rs.getObject("original_published", LocalDate.class), rs.getString("original_language"));
        DocumentMetadata metadata = new DocumentMetadata(
                rs.getString("title"), rs.getString("author"), rs.getString("outlet"),
                rs.getObject("published_on", LocalDate.class), rs.getObject("published_at", OffsetDateTime.class),
                DateSource.valueOf(rs.getString("date_source")), rs.getString("language"), rs.getString("url"),
                tags.getOrDefault(TagKind.REGION, List.of()), tags.getOrDefault(TagKind.THEME, List.of()),
                tags.getOrDefault(TagKind.ANALYSIS, List.of()), original.isEmpty() ? null : original);
        return new DocumentSummary(rs.getLong("id"), rs.getString("source_name"),
                MediaType.valueOf(rs.getString("media_type")), metadata, rs.getInt("char_count"),
                rs.getObject("ingested_at", OffsetDateTime.class));
    }
    /** A document's publication day, for the timeline's marker row. */
    public record Publication(long documentId, String title, String outlet, LocalDate published) {
    }

    /** So many documents published in bucket {@code index} (of a fixed width; bucket 0 starts at the epoch). */
    public record PublicationCount(long index, long count) {
    }

    /** Documents published in [from, to) (all when null), restricted to some documents when the list is not empty. */
    public List<Publication> publications(LocalDate from, LocalDate to, List<Long> documents) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, COALESCE(title, source_name), outlet, published_on FROM document WHERE published_on IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            sql.append(" AND published_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" AND published_on < :to");
            params.put("to", to);
        }
        if (!documents.isEmpty()) {
            sql.append(" AND id IN (:documents)");
            params.put("documents", documents);
        }
        sql.append(" ORDER BY published_on, id FETCH FIRST 500 ROWS ONLY");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new Publication(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * Documents published in [from, to) (restricted to some documents when the list is not empty), counted by
     * publication day in buckets of {@code bucketSeconds} (bucket 0 starts at the epoch); the lane is null.
     */
    public List<PublicationCount> publicationBuckets(LocalDate from, LocalDate to, List<Long> documents, long bucketSeconds) {
        StringBuilder sql = new StringBuilder("SELECT FLOOR(CAST(EXTRACT(EPOCH FROM CAST(published_on AS TIMESTAMP)) AS DOUBLE PRECISION)")
                .append(" / CAST(:bucket AS DOUBLE PRECISION)) AS b, COUNT(*) FROM document")
                .append(" WHERE published_on IS NOT NULL AND published_on >= :from AND published_on < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("bucket", bucketSeconds);
        params.put("from", from);
        params.put("to", to);
        if (!documents.isEmpty()) {
            sql.append(" AND id IN (:documents)");
            params.put("documents", documents);
        }
        sql.append(" GROUP BY b ORDER BY b");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, row) -> new PublicationCount(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    /** What to mark in a passage: the entity mentions and temporal expressions inside [begin, end) of a document. */
    public record PassageMark(int begin, int end, String kind, String label) {
    }

    /** The marks of a document between two offsets, by position. */
    public List<PassageMark> marks(long documentId, int begin, int end, String language) {
        List<PassageMark> marks = new ArrayList<>(jdbc.sql("""
                        SELECT m.begin_offset, m.end_offset, n.type, COALESCE(l.name, n.name) FROM mention m JOIN entity n ON n.id = m.entity_id
                        LEFT JOIN entity_name l ON l.entity_id = n.id AND l.language = :language
                        WHERE m.document_id = :document AND m.begin_offset >= :begin AND m.end_offset <= :end""")
                .param("document", documentId).param("begin", begin).param("end", end)
                .param("language", language == null ? "" : language)
                .query((rs, row) -> new PassageMark(rs.getInt(1), rs.getInt(2), "entity-" + rs.getString(3).toLowerCase(java.util.Locale.ROOT),
                        rs.getString(4)))
                .list());
        marks.addAll(jdbc.sql("""
                        SELECT begin_offset, end_offset, timex_value FROM timex
                        WHERE document_id = :document AND begin_offset >= :begin AND end_offset <= :end""")
                .param("document", documentId).param("begin", begin).param("end", end)
                .query((rs, row) -> new PassageMark(rs.getInt(1), rs.getInt(2), "timex", rs.getString(3)))
                .list());
        marks.sort(java.util.Comparator.comparingInt(PassageMark::begin).thenComparing(m -> -m.end()));
        return marks;
    }

}
