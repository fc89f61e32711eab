package org.annalist.events;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.annalist.database.EventRevision;
import org.annalist.entity.Entity;
import org.annalist.entity.Mention;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.EventMerger;
import org.annalist.event.MergeDecision;
import org.annalist.event.MergeEvidence;
import org.annalist.event.MergeReason;
import org.annalist.event.MergeView;
import org.annalist.event.MergeWords;
import org.annalist.event.WordRarity;
import org.annalist.event.ExtractedEvent;
import org.annalist.lang.Folding;
import org.annalist.temporal.TimeInterval;
import org.annalist.temporal.Timex;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores what extraction read in a document. Re-running it replaces the document's expressions, mentions and
 * machine-made event sources, never an event a person edited. An event that another document already tells
 * ({@link MergeDecision} decides, among the {@link MergeCandidates}, and its evidence is kept in {@code event_merge}) gains a source instead of being stored twice. The
 * caller stores one document at a time ({@link MergeLock}), so that each sees the events the others committed.
 */
@Repository
public class ExtractionRepository {

    public record Counts(int timexes, int mentions, int events, int merged) {
    }

    private static final int PASSAGE_MAX = 10_000;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /** Entities already in the table: most documents name the same few hundred, no need to ask again. */
    private final Set<String> knownEntities = ConcurrentHashMap.newKeySet();
    private final MergeCandidates candidates;
    private final EntityRows entityRows;
    private final EventRevision revision;

    private final WordCounts words;

    public ExtractionRepository(JdbcClient jdbc, JdbcTemplate batch, EventRevision revision, MergeCandidates candidates,
                                EntityRows entityRows, WordCounts words) {
        this.jdbc = jdbc;
        this.words = words;
        this.entityRows = entityRows;
        this.candidates = candidates;
        this.batch = batch;
        this.revision = revision;
    }

    /** Stores the reading of a new document: called inside the transaction that stores the document. */
    public Counts store(long documentId, String text, DocumentExtraction extraction) {
        return write(documentId, text, extraction);
    }

    /**
     * Makes sure the entities a reading names are in the table, in a transaction of their own, before the document's
     * own transaction: documents stored at the same time may name the same new entity.
     */
    public void ensureEntities(DocumentExtraction extraction) {
        for (Entity entity : unknownEntities(extraction)) {
            ensureEntity(entity);
        }
    }

    /**
     * Writes one entity unless it is there. Call it in a transaction of its own: when another process stores the same
     * entity at the same moment, the duplicate key is caught here, but PostgreSQL has then aborted the transaction.
     */
    public void ensureEntity(Entity entity) {
        try {
            entityRows.ensure(entity);
        } catch (org.springframework.dao.DuplicateKeyException alreadyThere) {
            // Stored by another document at the same moment.
        }
        knownEntities.add(entity.id());
    }

    /** The entities a reading names that may not be in the table yet (none, for most documents). */
    public Set<Entity> unknownEntities(DocumentExtraction extraction) {
        Set<Entity> entities = new LinkedHashSet<>();
        extraction.mentions().forEach(m -> entities.add(m.entity()));
        for (ExtractedEvent e : extraction.events()) {
            e.actors().forEach(a -> entities.add(a.entity()));
            entities.addAll(e.places());
        }
        entities.removeIf(entity -> knownEntities.contains(entity.id()));
        return entities;
    }

    /** Replaces what was read in a stored document (its machine-made events; a person's corrections stay). */
    public Counts replace(long documentId, String text, DocumentExtraction extraction) {
        forgetWords(documentId);
        jdbc.sql("DELETE FROM timex WHERE document_id = ?").param(documentId).update();
        jdbc.sql("DELETE FROM mention WHERE document_id = ?").param(documentId).update();
        List<Long> told = jdbc.sql("SELECT DISTINCT event_id FROM event_source WHERE document_id = ?").param(documentId)
                .query(Long.class).list();
        if (!told.isEmpty()) {
            revision.written(told.stream().mapToLong(Long::longValue).toArray());
            jdbc.sql("DELETE FROM event_source WHERE document_id = :document AND event_id IN (SELECT id FROM event WHERE origin = 'EXTRACTED')")
                    .param("document", documentId).update();
            jdbc.sql("DELETE FROM event WHERE id IN (:told) AND origin = 'EXTRACTED' AND NOT EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = event.id)")
                    .param("told", told).update();
        }
        return write(documentId, text, withoutCurated(documentId, extraction));
    }

    /**
     * The reading without the events a person already took in hand: a passage and date expression that an edited or
     * hidden event tells is theirs (the person's version wins; a hidden one stays hidden), not a new machine event.
     */
    private DocumentExtraction withoutCurated(long documentId, DocumentExtraction extraction) {
        record Told(int passageBegin, Integer timexBegin) {
        }
        Set<Told> curated = new HashSet<>(jdbc.sql("""
                        SELECT s.passage_begin, s.timex_begin FROM event_source s JOIN event e ON e.id = s.event_id
                        WHERE s.document_id = ? AND (e.origin IN ('EDITED', 'ADDED') OR e.hidden = TRUE)""")
                .param(documentId)
                .query((rs, row) -> new Told(rs.getInt(1), (Integer) rs.getObject(2)))
                .list());
        if (curated.isEmpty()) {
            return extraction;
        }
        List<ExtractedEvent> events = extraction.events().stream()
                .filter(e -> !curated.contains(new Told(e.passageBegin(), e.dateTimex() == null ? null : e.dateTimex().begin()))
                        && !curated.contains(new Told(e.passageBegin(), null)))
                .toList();
        return new DocumentExtraction(extraction.timexes(), extraction.mentions(), events);
    }

    private Counts write(long documentId, String text, DocumentExtraction extraction) {

        List<Object[]> timexRows = new ArrayList<>();
        for (Timex t : extraction.timexes()) {
            timexRows.add(new Object[] {documentId, t.begin(), t.end(), cut(t.text(), 1000), t.type().name(), t.value(),
                    t.mod() == null ? null : t.mod().name(), start(t), end(t),
                    t.interval() == null ? null : t.interval().granularity().name(),
                    t.anchor() == null ? null : t.anchor().kind().name(),
                    t.anchor() == null ? null : t.anchor().begin(), cut(t.explanation(), 2000), t.unresolvedReason()});
        }
        batch.batchUpdate("""
                INSERT INTO timex (document_id, begin_offset, end_offset, surface, type, timex_value, timex_mod, interval_start,
                    interval_end, granularity, anchor_kind, anchor_begin, explanation, unresolved)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", timexRows);
        List<Object[]> mentionRows = new ArrayList<>();
        for (Mention m : extraction.mentions()) {
            mentionRows.add(new Object[] {documentId, m.begin(), m.end(), cut(m.text(), 1000), m.entity().id(), m.how().name(),
                    m.confidence()});
        }
        batch.batchUpdate("INSERT INTO mention (document_id, begin_offset, end_offset, surface, entity_id, how, confidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
                mentionRows);
        // An event merges only with the events of other documents: what this document adds is not a candidate for its
        // own later events, so its new events are inserted together, after the merges.
        int merged = 0;
        List<ExtractedEvent> fresh = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        // The events this document already tells (a re-reading keeps a person's corrections; each merge below adds
        // one) are no candidates for its events: known here once, not asked of the database at every event.
        Set<Long> told = new HashSet<>(jdbc.sql("SELECT DISTINCT event_id FROM event_source WHERE document_id = ?")
                .param(documentId).query(Long.class).list());
        WordCounts.Lookup rarity = words.lookup();
        Map<String, List<MergeCandidates.Candidate>> candidatesByDate = new HashMap<>();
        for (ExtractedEvent event : extraction.events()) {
            Twin twin = sameEvent(told, text, event, rarity, candidatesByDate);
            if (twin != null) {
                told.add(twin.eventId());
                addSource(twin.eventId(), documentId, text, event);
                jdbc.sql("INSERT INTO event_merge (event_id, document_id, passage_begin, score, reasons, merged_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(twin.eventId(), documentId, event.passageBegin(), twin.evidence().score(),
                                cut(MergeReason.format(twin.evidence().reasons()), 1000), now())
                        .update();
                narrowDate(twin.eventId(), event);
                changed.add(twin.eventId());
                merged++;
            } else {
                fresh.add(event);
            }
        }
        countWords(text, extraction.events());
        changed.addAll(insert(documentId, text, fresh));
        if (!changed.isEmpty()) {
            revision.written(changed.stream().mapToLong(Long::longValue).toArray());
        }
        return new Counts(extraction.timexes().size(), extraction.mentions().size(), extraction.events().size(), merged);
    }

    /** A stored event that tells the same thing as one being stored, and why the decision says so. */
    private record Twin(long eventId, MergeEvidence evidence) {
    }

    /** The stored event of another document that best tells the same thing, or null: the decision is {@link MergeDecision}'s. */
    private Twin sameEvent(Set<Long> told, String text, ExtractedEvent event, WordCounts.Lookup rarity,
                           Map<String, List<MergeCandidates.Candidate>> candidatesByDate) {
        if (!EventMerger.mayMerge(event)) {
            return null;
        }
        MergeView view = MergeView.of(event, text);
        // A document dates many events alike: their candidates are asked once (those it joined meanwhile left out).
        List<MergeCandidates.Candidate> found = candidatesByDate.computeIfAbsent(view.start() + "/" + view.end(),
                        date -> candidates.find(told, view.start(), view.end()))
                .stream().filter(c -> !told.contains(c.id())).toList();
        if (found.isEmpty()) {
            return null;
        }
        Set<String> asked = new HashSet<>(view.words().keySet());
        asked.addAll(view.titleWords().keySet());
        found.forEach(c -> {
            asked.addAll(c.view().words().keySet());
            asked.addAll(c.view().titleWords().keySet());
        });
        rarity.prefetch(event.language(), asked);
        Twin best = null;
        for (MergeCandidates.Candidate candidate : found) {
            MergeEvidence evidence = MergeDecision.decide(view, candidate.view(), rarity);
            if (evidence.same() && (best == null || evidence.score() > best.evidence().score())) {
                best = new Twin(candidate.id(), evidence);
            }
        }
        return best;
    }

    /** Counts the words of a document's event passages, once a document, for the rarity of words. */
    private void countWords(String text, List<ExtractedEvent> events) {
        Map<String, Set<String>> byLanguage = new HashMap<>();
        for (ExtractedEvent event : events) {
            byLanguage.computeIfAbsent(event.language(), l -> new HashSet<>())
                    .addAll(MergeWords.of(text.substring(event.passageBegin(), event.passageEnd()), event.language()).keySet());
        }
        byLanguage.forEach(words::added);
    }

    /**
     * Counts down the words of a document's stored passages, before its reading is replaced or it is deleted (a
     * person's event keeps its sources, and they were counted once: the counts are statistics, not an inventory).
     */
    public void forgetWords(long documentId) {
        Map<String, Set<String>> byLanguage = new HashMap<>();
        jdbc.sql("SELECT e.language, s.passage_text FROM event_source s JOIN event e ON e.id = s.event_id WHERE s.document_id = ?")
                .param(documentId)
                .query(rs -> {
                    byLanguage.computeIfAbsent(rs.getString(1), l -> new HashSet<>())
                            .addAll(MergeWords.of(rs.getString(2), rs.getString(1)).keySet());
                });
        byLanguage.forEach(words::removed);
    }

    private static final String NARROW_DATE = "UPDATE event SET " + EventDate.ASSIGNMENTS + ", updated_at = ?"
            + " WHERE id = ? AND origin = 'EXTRACTED' AND interval_start <= ? AND interval_end >= ?"
            + " AND (interval_start < ? OR interval_end > ?)";
    private static final String INSERT_EVENT = "INSERT INTO event (title, search_title, language, " + EventDate.COLUMNS
            + ", polarity, confidence, origin, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EXTRACTED', ?, ?)";

    /** The event's date becomes the most precise of its sources' compatible dates. */
    private void narrowDate(long eventId, ExtractedEvent event) {
        TimeInterval interval = event.dateTimex().interval();
        List<Object> params = new ArrayList<>(Arrays.asList(EventDate.of(event.dateTimex(), event.dateHow()).columns()));
        params.addAll(Arrays.asList(now(), eventId, interval.start(), interval.end(), interval.start(), interval.end()));
        jdbc.sql(NARROW_DATE).params(params).update();
    }

    /** Inserts new events with their actors, places, regions and source: one batch a table. Their ids. */
    private List<Long> insert(long documentId, String text, List<ExtractedEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = now();
        List<Object[]> eventRows = new ArrayList<>();
        for (ExtractedEvent event : events) {
            String title = cut(event.title(), 1000);
            List<Object> row = new ArrayList<>(Arrays.asList(title, Folding.searchWords(title), event.language()));
            row.addAll(Arrays.asList(EventDate.of(event.dateTimex(), event.dateHow()).columns()));
            row.addAll(Arrays.asList(event.polarity().name(), event.confidence(), now, now));
            eventRows.add(row.toArray());
        }
        KeyHolder keys = new GeneratedKeyHolder();
        batch.batchUpdate(connection -> connection.prepareStatement(INSERT_EVENT, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] row = eventRows.get(i);
                        for (int column = 0; column < row.length; column++) {
                            StatementCreatorUtils.setParameterValue(statement, column + 1, SqlTypeValue.TYPE_UNKNOWN, row[column]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return eventRows.size();
                    }
                }, keys);
        List<Map<String, Object>> ids = keys.getKeyList();
        if (ids.size() != events.size()) {
            throw new IllegalStateException("the database returned " + ids.size() + " keys for " + events.size() + " events");
        }
        List<Object[]> actors = new ArrayList<>();
        List<Object[]> places = new ArrayList<>();
        List<Object[]> regions = new ArrayList<>();
        List<Object[]> sources = new ArrayList<>();
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ExtractedEvent event = events.get(i);
            long id = ((Number) ids.get(i).values().iterator().next()).longValue();
            inserted.add(id);
            event.actors().forEach(a -> actors.add(new Object[] {id, a.entity().id(), a.role().name()}));
            event.places().forEach(p -> places.add(new Object[] {id, p.id()}));
            event.regions().forEach(r -> regions.add(new Object[] {id, r}));
            sources.add(sourceRow(id, documentId, text, event));
        }
        batch.batchUpdate("INSERT INTO event_actor (event_id, entity_id, role) VALUES (?, ?, ?)", actors);
        batch.batchUpdate("INSERT INTO event_place (event_id, entity_id) VALUES (?, ?)", places);
        batch.batchUpdate("INSERT INTO event_region (event_id, region_id) VALUES (?, ?)", regions);
        batch.batchUpdate(SOURCE_INSERT, sources);
        return inserted;
    }

    private static final String SOURCE_INSERT = """
            INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text, search_passage,
                timex_begin, timex_end, timex_value, interval_start, interval_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private void addSource(long eventId, long documentId, String text, ExtractedEvent event) {
        jdbc.sql(SOURCE_INSERT).params(sourceRow(eventId, documentId, text, event)).update();
    }

    private static Object[] sourceRow(long eventId, long documentId, String text, ExtractedEvent event) {
        Timex date = event.dateTimex();
        String passage = passage(text.substring(event.passageBegin(), event.passageEnd()));
        return new Object[] {eventId, documentId, event.passageBegin(), event.passageEnd(), passage,
                Folding.searchWords(passage), date == null ? null : date.begin(), date == null ? null : date.end(), date == null ? null : date.value(),
                start(date), end(date)};
    }

    private static LocalDateTime start(Timex t) {
        return t == null || t.interval() == null ? null : t.interval().start();
    }

    private static LocalDateTime end(Timex t) {
        return t == null || t.interval() == null ? null : t.interval().end();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The passage as shown in lists and exports (its offsets stay exact; a very long one is cut). */
    private static String passage(String text) {
        return text.length() <= PASSAGE_MAX ? text : text.substring(0, PASSAGE_MAX - 1) + "…";
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
