package org.annalist.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.store.TimelineIndexCache.Current;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind the timeline view: counts, lanes, clusters of a dense window, facets of the filters, pages of the
 * grid. They are answered from the {@link TimelineIndex} when it is up to date (which events, how many, in which order)
 * and from the database otherwise, with the same results; the events' details always come from the database. Every
 * value a user gives is a bind parameter; the only SQL chosen at run time comes from fixed enums.
 */
@Repository
public class TimelineRepository {

    /** What the timeline's lanes group events by. */
    public enum Lanes {
        NONE(null, null), ACTOR("event_actor", "entity_id"), REGION("event_region", "region_id"),
        DOCUMENT("event_source", "document_id");

        private final String table;
        private final String column;

        Lanes(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** A lane (or a filter choice) with the number of events it holds under the current filters. */
    public record Facet(String key, String label, long count) {
    }

    /** So many events starting in bucket {@code index} (of a fixed width) and in a lane (null: no lanes or others). */
    public record Bucket(long index, String lane, long count) {
    }

    /** A document's publication day, for the timeline's marker row. */
    public record Publication(long documentId, String title, String outlet, LocalDate published) {
    }

    /** How the grid sorts: fixed SQL per choice. */
    public enum Sort {
        START(" ORDER BY CASE WHEN e.interval_start IS NULL THEN 1 ELSE 0 END, e.interval_start, e.id",
                " ORDER BY e.interval_start, e.id"),
        START_DESC(" ORDER BY CASE WHEN e.interval_start IS NULL THEN 1 ELSE 0 END, e.interval_start DESC, e.id DESC",
                " ORDER BY e.interval_start DESC, e.id DESC"),
        TITLE(" ORDER BY LOWER(e.title), e.id"),
        TITLE_DESC(" ORDER BY LOWER(e.title) DESC, e.id DESC"),
        CONFIDENCE(" ORDER BY e.confidence, e.id"),
        CONFIDENCE_DESC(" ORDER BY e.confidence DESC, e.id DESC");

        private final String sql;
        /** The same order when only dated events are selected: without the CASE, the interval index gives the order. */
        private final String datedSql;

        Sort(String sql) {
            this(sql, sql);
        }

        Sort(String sql, String datedSql) {
            this.sql = sql;
            this.datedSql = datedSql;
        }
    }

    private final JdbcClient jdbc;
    private final EventRepository events;
    private final TimelineIndexCache indexes;

    public TimelineRepository(JdbcClient jdbc, EventRepository events, TimelineIndexCache indexes) {
        this.jdbc = jdbc;
        this.events = events;
        this.indexes = indexes;
    }

    /**
     * The timeline's query: the events of a window that pass the filters, by start (undated last), at most
     * {@code limit}; what a pan or a zoom asks for.
     */
    public List<EventRepository.TimelineItem> window(EventFilter filter, int limit) {
        Current current = indexes.current();
        if (current != null) {
            return events.items(current.index().page(filter, Sort.START, 0, limit, changes(current, filter, Lanes.NONE)));
        }
        return events.window(filter, limit);
    }

    /** How many events the filter selects. */
    public long count(EventFilter filter) {
        Current current = indexes.current();
        if (current != null) {
            return current.index().count(filter, changes(current, filter, Lanes.NONE));
        }
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM event e WHERE e.hidden = FALSE");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        return EventRepository.bind(jdbc, sql, params).query(Long.class).single();
    }

    /** A page of the filtered events, with details, for the grid. */
    public List<StoredEvent> page(EventFilter filter, Sort sort, int offset, int limit) {
        Current current = indexes.current();
        if (current != null && (current.changed().isEmpty() || TimelineIndex.sortsChanges(sort))) {
            return events.detailsOf(current.index().page(filter, sort, offset, limit, changes(current, filter, Lanes.NONE)));
        }
        StringBuilder sql = new StringBuilder(EventRepository.DETAILS);
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        sql.append(EventRepository.datedOnly(filter) ? sort.datedSql : sort.sql).append(" OFFSET ").append(Math.max(0, offset)).append(" ROWS FETCH NEXT ")
                .append(Math.max(1, limit)).append(" ROWS ONLY");
        return events.details(EventRepository.bind(jdbc, sql, params));
    }

    /** The lanes holding the most events under the filter, most first. Labels: canonical names or document titles. */
    public List<Facet> topLanes(EventFilter filter, Lanes lanes, int limit) {
        if (lanes == Lanes.NONE) {
            return List.of();
        }
        Current current = indexes.current();
        List<Facet> counted;
        if (current != null) {
            counted = current.index().topLanes(filter, lanes, limit, changes(current, filter, lanes));
        } else {
            // DISTINCT: an event told twice in a document counts once for it.
            StringBuilder sql = new StringBuilder("SELECT l.").append(lanes.column)
                    .append(", COUNT(DISTINCT e.id) AS n FROM event e JOIN ").append(lanes.table)
                    .append(" l ON l.event_id = e.id WHERE e.hidden = FALSE");
            Map<String, Object> params = new HashMap<>();
            EventRepository.where(filter, sql, params);
            sql.append(" GROUP BY l.").append(lanes.column).append(" ORDER BY n DESC, l.").append(lanes.column)
                    .append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
            counted = EventRepository.bind(jdbc, sql, params)
                    .query((rs, row) -> new Facet(rs.getString(1), rs.getString(1), rs.getLong(2))).list();
        }
        Map<String, String> labels = labels(lanes, counted.stream().map(Facet::key).toList());
        return counted.stream().map(f -> new Facet(f.key(), labels.getOrDefault(f.key(), f.key()), f.count())).toList();
    }

    /** For each event, the keys of the lanes it belongs to (its actors, regions or documents). */
    public Map<Long, List<String>> lanesOf(Collection<Long> eventIds, Lanes lanes) {
        Map<Long, List<String>> result = new HashMap<>();
        if (lanes == Lanes.NONE || eventIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT event_id, " + lanes.column + " FROM " + lanes.table + " WHERE event_id IN (:ids)")
                .param("ids", List.copyOf(eventIds))
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return result;
    }

    /**
     * The filtered dated events counted by start in buckets of {@code bucketSeconds} (bucket 0 starts at the epoch), per
     * lane of {@code laneKeys}; events in none of those lanes are counted with a null lane.
     */
    public List<Bucket> buckets(EventFilter filter, long bucketSeconds, Lanes lanes, List<String> laneKeys) {
        Current current = indexes.current();
        if (current != null) {
            return current.index().buckets(filter, bucketSeconds, lanes, laneKeys, changes(current, filter, lanes));
        }
        // In floating point: EXTRACT(EPOCH) is a NUMERIC, and H2 divides it by an untyped parameter at a precision that
        // took 20 s for 10,000 events (2 minutes for 100,000). Seconds since the epoch are exact in a double.
        String bucket = "FLOOR(CAST(EXTRACT(EPOCH FROM e.interval_start) AS DOUBLE PRECISION) / CAST(:bucket AS DOUBLE PRECISION))";
        List<Bucket> result = new ArrayList<>();
        if (lanes != Lanes.NONE && !laneKeys.isEmpty()) {
            StringBuilder sql = new StringBuilder("SELECT ").append(bucket).append(" AS b, l.").append(lanes.column)
                    .append(", COUNT(DISTINCT e.id) FROM event e JOIN ").append(lanes.table).append(" l ON l.event_id = e.id AND l.")
                    .append(lanes.column).append(" IN (:lanes) WHERE e.hidden = FALSE AND e.interval_start IS NOT NULL");
            Map<String, Object> params = new HashMap<>();
            EventRepository.where(filter, sql, params);
            sql.append(" GROUP BY b, l.").append(lanes.column);
            params.put("bucket", bucketSeconds);
            params.put("lanes", laneValues(lanes, laneKeys));
            EventRepository.bind(jdbc, sql, params)
                    .query(rs -> {
                        result.add(new Bucket(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                    });
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(bucket)
                .append(" AS b, COUNT(*) FROM event e WHERE e.hidden = FALSE AND e.interval_start IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        if (lanes != Lanes.NONE && !laneKeys.isEmpty()) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM ").append(lanes.table).append(" l WHERE l.event_id = e.id AND l.")
                    .append(lanes.column).append(" IN (:lanes))");
            params.put("lanes", laneValues(lanes, laneKeys));
        }
        sql.append(" GROUP BY b");
        params.put("bucket", bucketSeconds);
        EventRepository.bind(jdbc, sql, params)
                .query(rs -> {
                    result.add(new Bucket(rs.getLong(1), null, rs.getLong(2)));
                });
        return result;
    }

    /** The actors of the filtered events with their counts, most first (the filter's own actors are ignored). */
    public List<Facet> actorFacets(EventFilter filter, int limit) {
        EventFilter others = new EventFilter(List.of(), filter.regions(), filter.from(), filter.to(), filter.documents(),
                filter.text(), filter.undated());
        return topLanes(others, Lanes.ACTOR, limit);
    }

    /** The regions of the filtered events with their counts (the filter's own regions are ignored). */
    public List<Facet> regionFacets(EventFilter filter) {
        EventFilter others = new EventFilter(filter.actors(), List.of(), filter.from(), filter.to(), filter.documents(),
                filter.text(), filter.undated());
        return topLanes(others, Lanes.REGION, 1000);
    }

    /** The documents telling the filtered events with their counts (the filter's own documents are ignored). */
    public List<Facet> documentFacets(EventFilter filter, int limit) {
        EventFilter others = new EventFilter(filter.actors(), filter.regions(), filter.from(), filter.to(), List.of(),
                filter.text(), filter.undated());
        return topLanes(others, Lanes.DOCUMENT, limit);
    }

    /** Canonical names of entities, for labels. */
    public Map<String, String> entityNames(Collection<String> ids) {
        return labels(Lanes.ACTOR, List.copyOf(ids));
    }

    /** Titles (or file names) of documents, by id as text. */
    public Map<String, String> documentTitles(Collection<String> ids) {
        return labels(Lanes.DOCUMENT, ids.stream().filter(id -> id.matches("\\d{1,18}")).toList());
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
        return EventRepository.bind(jdbc, sql, params)
                .query((rs, row) -> new Publication(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * Documents published in [from, to) (restricted to some documents when the list is not empty), counted by
     * publication day in buckets of {@code bucketSeconds} (bucket 0 starts at the epoch); the lane is null.
     */
    public List<Bucket> publicationBuckets(LocalDate from, LocalDate to, List<Long> documents, long bucketSeconds) {
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
        return EventRepository.bind(jdbc, sql, params)
                .query((rs, row) -> new Bucket(rs.getLong(1), null, rs.getLong(2)))
                .list();
    }

    /** One event with its details, hidden or not; empty when there is no such event. */
    public java.util.Optional<StoredEvent> event(long id) {
        return events.details(jdbc.sql(EventRepository.DETAILS_COLUMNS + " FROM event e WHERE e.id = :id").param("id", id))
                .stream().findFirst();
    }

    /** Whether a person marked the event wrong. */
    public boolean isHidden(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM event WHERE id = :id AND hidden = TRUE").param("id", id).query(Long.class)
                .single() > 0;
    }

    /** The filtered events that have no date (the filter's dates are ignored), by id, at most {@code limit}. */
    public List<StoredEvent> undated(EventFilter filter, int limit) {
        EventFilter noDates = withoutDates(filter);
        Current current = indexes.current();
        if (current != null) {
            return events.detailsOf(current.index().undated(noDates, limit, changes(current, noDates, Lanes.NONE)));
        }
        StringBuilder sql = new StringBuilder(EventRepository.DETAILS).append(" AND e.interval_start IS NULL");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(noDates, sql, params);
        sql.append(" ORDER BY e.id FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return events.details(EventRepository.bind(jdbc, sql, params));
    }

    /** The filtered events without a date, counted. */
    public long countUndated(EventFilter filter) {
        EventFilter noDates = withoutDates(filter);
        Current current = indexes.current();
        if (current != null) {
            return current.index().countUndated(noDates, changes(current, noDates, Lanes.NONE));
        }
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM event e WHERE e.hidden = FALSE AND e.interval_start IS NULL");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(noDates, sql, params);
        return EventRepository.bind(jdbc, sql, params).query(Long.class).single();
    }

    /** The filter without its date range: undated events have no date to compare. */
    private static EventFilter withoutDates(EventFilter filter) {
        return new EventFilter(filter.actors(), filter.regions(), null, null, filter.documents(), filter.text(), true);
    }

    /** What to mark in a passage: the entity mentions and temporal expressions inside [begin, end) of a document. */
    public record Mark(int begin, int end, String kind, String label) {
    }

    /** The marks of a document between two offsets, by position. */
    public List<Mark> marks(long documentId, int begin, int end) {
        List<Mark> marks = new ArrayList<>(jdbc.sql("""
                        SELECT m.begin_offset, m.end_offset, n.type, n.name_fr FROM mention m JOIN entity n ON n.id = m.entity_id
                        WHERE m.document_id = :document AND m.begin_offset >= :begin AND m.end_offset <= :end""")
                .param("document", documentId).param("begin", begin).param("end", end)
                .query((rs, row) -> new Mark(rs.getInt(1), rs.getInt(2), "entity-" + rs.getString(3).toLowerCase(java.util.Locale.ROOT),
                        rs.getString(4)))
                .list());
        marks.addAll(jdbc.sql("""
                        SELECT begin_offset, end_offset, timex_value FROM timex
                        WHERE document_id = :document AND begin_offset >= :begin AND end_offset <= :end""")
                .param("document", documentId).param("begin", begin).param("end", end)
                .query((rs, row) -> new Mark(rs.getInt(1), rs.getInt(2), "timex", rs.getString(3)))
                .list());
        marks.sort(java.util.Comparator.comparingInt(Mark::begin).thenComparing(m -> -m.end()));
        return marks;
    }

    /** The date span of the filtered dated events, or null when there is none. */
    public LocalDateTime[] extent(EventFilter filter) {
        Current current = indexes.current();
        if (current != null) {
            return current.index().extent(filter, changes(current, filter, Lanes.NONE));
        }
        StringBuilder sql = new StringBuilder(
                "SELECT MIN(e.interval_start), MAX(e.interval_end) FROM event e WHERE e.hidden = FALSE AND e.interval_start IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        LocalDateTime[] span = EventRepository.bind(jdbc, sql, params)
                .query((rs, row) -> new LocalDateTime[] {rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)})
                .single();
        return span[0] == null ? null : span;
    }

    /**
     * The events changed since the index was built that pass the filter, as the database has them now, with their
     * keys in the lanes asked for: few events, read by id.
     */
    private TimelineIndex.Changes changes(Current current, EventFilter filter, Lanes lanes) {
        if (current.changed().isEmpty()) {
            return TimelineIndex.Changes.NONE;
        }
        StringBuilder sql = new StringBuilder("SELECT e.id, e.interval_start, e.interval_end, e.confidence FROM event e")
                .append(" WHERE e.hidden = FALSE AND e.id IN (:changedEvents)");
        Map<String, Object> params = new HashMap<>();
        params.put("changedEvents", List.copyOf(current.changed()));
        EventRepository.where(filter, sql, params);
        List<TimelineIndex.Changed> rows = EventRepository.bind(jdbc, sql, params)
                .query((rs, row) -> new TimelineIndex.Changed(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                        rs.getObject(3, LocalDateTime.class), rs.getDouble(4), List.of()))
                .list();
        if (lanes != Lanes.NONE && !rows.isEmpty()) {
            Map<Long, List<String>> keys = lanesOf(rows.stream().map(TimelineIndex.Changed::id).toList(), lanes);
            rows = rows.stream().map(e -> new TimelineIndex.Changed(e.id(), e.start(), e.end(), e.confidence(),
                    keys.getOrDefault(e.id(), List.of()).stream().distinct().toList())).toList();
        }
        return new TimelineIndex.Changes(current.changed(), rows);
    }

    private static List<?> laneValues(Lanes lanes, List<String> keys) {
        return lanes == Lanes.DOCUMENT ? keys.stream().map(Long::valueOf).toList() : keys;
    }

    private Map<String, String> labels(Lanes lanes, List<String> keys) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return labels;
        }
        switch (lanes) {
            case ACTOR -> jdbc.sql("SELECT id, name_fr FROM entity WHERE id IN (:ids)").param("ids", keys)
                    .query(rs -> {
                        labels.put(rs.getString(1), rs.getString(2));
                    });
            case DOCUMENT -> jdbc.sql("SELECT id, COALESCE(title, source_name) FROM document WHERE id IN (:ids)")
                    .param("ids", keys.stream().map(Long::valueOf).toList())
                    .query(rs -> {
                        labels.put(rs.getString(1), rs.getString(2));
                    });
            default -> keys.forEach(k -> labels.put(k, k));
        }
        return labels;
    }
}
