package org.annalist.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.database.EventRevision;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityType;
import org.annalist.event.EventMerger;
import org.annalist.event.MergeView;
import org.annalist.temporal.Granularity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored events that may tell the same event as one being stored: visible events of other documents whose date
 * is inside its date or holds it, each as the merge decision sees it ({@link MergeView}: its title, its first
 * sources' passages and the words around their dates, its actors and places).
 */
@Repository
public class MergeCandidates {

    /** Sources a candidate is seen through (its first ones). */
    static final int PASSAGES = 5;
    /** Candidates looked at, at most, for one event. */
    static final int LIMIT = 200;

    public record Candidate(long id, MergeView view) {
    }

    /** What a candidate's view is made from in its event row. */
    record Row(long id, String title, String language, LocalDateTime start, LocalDateTime end, String granularity) {
    }

    private final JdbcClient jdbc;
    private final MergeViewCache views;

    public MergeCandidates(JdbcClient jdbc, EventRevision revision) {
        this.jdbc = jdbc;
        this.views = new MergeViewCache(revision);
    }

    /**
     * @param told the events the document being stored already tells (no candidates for its own events: known once a
     *             document, not asked by a subquery for every candidate of every event)
     */
    public List<Candidate> find(java.util.Set<Long> told, LocalDateTime start, LocalDateTime end) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        // One inside the other, the wider at most MAX_RATIO times as long: the events that hold it (starting no
        // earlier than MAX_RATIO lengths before its end), then those it holds (no shorter than a MAX_RATIO-th of it).
        // Two range scans of the interval index; one statement with OR read far more rows.
        long length = Math.max(1, java.time.Duration.between(start, end).toSeconds());
        long ratio = EventMerger.MAX_RATIO;
        String columns = "SELECT e.id, e.title, e.language, e.interval_start, e.interval_end, e.granularity FROM event e ";
        List<Row> found = new ArrayList<>(jdbc.sql(columns + """
                         WHERE e.interval_start >= :holdLow AND e.interval_start <= :start AND e.interval_end >= :end
                           AND e.interval_end <= :holdHigh AND e.hidden = FALSE FETCH FIRST :limit ROWS ONLY""")
                .param("start", start)
                .param("end", end)
                .param("holdLow", end.minusSeconds(ratio * length))
                .param("holdHigh", start.plusSeconds(ratio * length))
                .param("limit", LIMIT)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6)))
                .list());
        found.addAll(jdbc.sql(columns + """
                         WHERE e.interval_start >= :start AND e.interval_start < :end AND e.interval_end <= :end
                           AND e.hidden = FALSE
                           AND (EXTRACT(EPOCH FROM e.interval_end) - EXTRACT(EPOCH FROM e.interval_start)) * :ratio >= :length
                         FETCH FIRST :limit ROWS ONLY""")
                .param("start", start)
                .param("end", end)
                .param("ratio", ratio)
                .param("length", length)
                .param("limit", LIMIT)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6)))
                .list());
        found.stream().filter(row -> !told.contains(row.id())).forEach(row -> rows.put(row.id(), row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, MergeView> known = views.valid(rows.values(), this::origins);
        List<Long> ids = rows.keySet().stream().filter(id -> !known.containsKey(id)).toList();
        Map<Long, List<Entity>> participants = new HashMap<>();
        Map<Long, java.util.Set<String>> participantKeys = new HashMap<>();
        if (!ids.isEmpty()) {
            for (String table : List.of("event_actor", "event_place")) {
                jdbc.sql("SELECT t.event_id, n.id, n.type, n.name FROM " + table + " t JOIN entity n ON n.id = t.entity_id"
                                + " WHERE t.event_id IN (:ids)")
                        .param("ids", ids)
                        .query(rs -> {
                            participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Entity(rs.getString(2),
                                    EntityType.valueOf(rs.getString(3)), rs.getString(4), null, null, List.of(), null));
                            participantKeys.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                                    .add(table + ":" + rs.getString(2));
                        });
            }
        }
        Map<Long, List<String>> passages = new HashMap<>();
        Map<Long, List<String>> sourceKeys = new HashMap<>();
        Map<Long, List<String>> aroundDates = new HashMap<>();
        // Only the first few sources of each (an event many documents tell has hundreds), each read along the
        // primary key (event, document, passage): a window over all their sources sorted hundreds of rows.
        for (Long id : ids) {
            jdbc.sql("""
                            SELECT event_id, passage_text, passage_begin, timex_begin, timex_end, document_id FROM event_source
                            WHERE event_id = :id ORDER BY document_id, passage_begin FETCH FIRST :passages ROWS ONLY""")
                    .param("id", id)
                    .param("passages", PASSAGES)
                    .query(rs -> {
                        List<String> texts = passages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                        if (texts.size() >= PASSAGES) {
                            return;
                        }
                        String passage = rs.getString(2);
                        texts.add(passage);
                        sourceKeys.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(6) + ":" + rs.getInt(3));
                        Object dateBegin = rs.getObject(4);
                        Object dateEnd = rs.getObject(5);
                        if (dateBegin != null && dateEnd != null) {
                            String around = MergeView.aroundDate(passage, ((Number) dateBegin).intValue() - rs.getInt(3),
                                    ((Number) dateEnd).intValue() - rs.getInt(3));
                            if (around != null) {
                                aroundDates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(around);
                            }
                        }
                    });
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Row row : rows.values()) {
            MergeView view = known.get(row.id());
            if (view == null) {
                view = MergeView.of(row.language(), row.start(), row.end(),
                        row.granularity() == null ? null : Granularity.valueOf(row.granularity()), row.title(),
                        passages.getOrDefault(row.id(), List.of()), participants.getOrDefault(row.id(), List.of()),
                        String.join(" ", aroundDates.getOrDefault(row.id(), List.of())));
                views.put(row, new MergeViewCache.Origin(sourceKeys.getOrDefault(row.id(), List.of()),
                        participantKeys.getOrDefault(row.id(), java.util.Set.of())), view);
            }
            candidates.add(new Candidate(row.id(), view));
        }
        return candidates;
    }

    /** What the views of these events are made from now: their first sources' keys and their participants. */
    private Map<Long, MergeViewCache.Origin> origins(java.util.Collection<Long> ids) {
        Map<Long, List<String>> sources = new HashMap<>();
        for (Long id : ids) {
            sources.put(id, jdbc.sql("""
                            SELECT document_id, passage_begin FROM event_source WHERE event_id = :id
                            ORDER BY document_id, passage_begin FETCH FIRST :passages ROWS ONLY""")
                    .param("id", id)
                    .param("passages", PASSAGES)
                    .query((rs, n) -> rs.getLong(1) + ":" + rs.getInt(2)).list());
        }
        Map<Long, java.util.Set<String>> participants = new HashMap<>();
        for (String table : List.of("event_actor", "event_place")) {
            jdbc.sql("SELECT event_id, entity_id FROM " + table + " WHERE event_id IN (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        participants.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>()).add(table + ":" + rs.getString(2));
                    });
        }
        Map<Long, MergeViewCache.Origin> origins = new HashMap<>();
        for (Long id : ids) {
            origins.put(id, new MergeViewCache.Origin(sources.get(id), participants.getOrDefault(id, java.util.Set.of())));
        }
        return origins;
    }
}
