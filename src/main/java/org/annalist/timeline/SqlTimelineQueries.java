package org.annalist.timeline;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository.TimelineItem;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline's questions answered by the database: always right, slower on wide windows and word searches at
 * 100,000 events (figures in the README). Every value a user gives is a bind parameter; the only SQL chosen at run time
 * comes from fixed enums ({@link Lanes}, {@link Sort}).
 */
@Component
public class SqlTimelineQueries implements TimelineQueries {

    private final JdbcClient jdbc;
    private final EventRepository events;

    public SqlTimelineQueries(JdbcClient jdbc, EventRepository events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<TimelineItem> window(EventFilter filter, int limit) {
        return events.window(filter, limit);
    }

    @Override
    public long count(EventFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM event e WHERE e.hidden = FALSE");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        return EventRepository.bind(jdbc, sql, params).query(Long.class).single();
    }

    @Override
    public List<StoredEvent> page(EventFilter filter, Sort sort, int offset, int limit) {
        StringBuilder sql = new StringBuilder(EventRepository.DETAILS);
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        sql.append(EventRepository.datedOnly(filter) ? sort.datedSql : sort.sql).append(" OFFSET ").append(Math.max(0, offset))
                .append(" ROWS FETCH NEXT ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return events.details(EventRepository.bind(jdbc, sql, params));
    }

    @Override
    public List<Facet> topLanes(EventFilter filter, Lanes lanes, int limit) {
        if (lanes == Lanes.NONE) {
            return List.of();
        }
        // DISTINCT: an event told twice in a document counts once for it.
        StringBuilder sql = new StringBuilder("SELECT l.").append(lanes.column)
                .append(", COUNT(DISTINCT e.id) AS n FROM event e JOIN ").append(lanes.table)
                .append(" l ON l.event_id = e.id WHERE e.hidden = FALSE");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        sql.append(" GROUP BY l.").append(lanes.column).append(" ORDER BY n DESC, l.").append(lanes.column)
                .append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return EventRepository.bind(jdbc, sql, params)
                .query((rs, row) -> new Facet(rs.getString(1), rs.getString(1), rs.getLong(2))).list();
    }

    @Override
    public List<Bucket> buckets(EventFilter filter, long bucketSeconds, Lanes lanes, List<String> laneKeys) {
        // In floating point: EXTRACT(EPOCH) is a NUMERIC, and H2 divides it by an untyped parameter at a precision that
        // took 20 s for 10,000 events (2 minutes for 100,000). Seconds since the epoch are exact in a double.
        String bucket = "FLOOR(CAST(EXTRACT(EPOCH FROM e.interval_start) AS DOUBLE PRECISION) / CAST(:bucket AS DOUBLE PRECISION))";
        List<Bucket> result = new ArrayList<>();
        boolean inLanes = lanes != Lanes.NONE && !laneKeys.isEmpty();
        if (inLanes) {
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
        if (inLanes) {
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

    @Override
    public List<StoredEvent> undated(EventFilter filter, int limit) {
        StringBuilder sql = new StringBuilder(EventRepository.DETAILS).append(" AND e.interval_start IS NULL");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(TimelineQueries.withoutDates(filter), sql, params);
        sql.append(" ORDER BY e.id FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return events.details(EventRepository.bind(jdbc, sql, params));
    }

    @Override
    public long countUndated(EventFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM event e WHERE e.hidden = FALSE AND e.interval_start IS NULL");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(TimelineQueries.withoutDates(filter), sql, params);
        return EventRepository.bind(jdbc, sql, params).query(Long.class).single();
    }

    @Override
    public LocalDateTime[] extent(EventFilter filter) {
        StringBuilder sql = new StringBuilder(
                "SELECT MIN(e.interval_start), MAX(e.interval_end) FROM event e WHERE e.hidden = FALSE AND e.interval_start IS NOT NULL");
        Map<String, Object> params = new HashMap<>();
        EventRepository.where(filter, sql, params);
        LocalDateTime[] span = EventRepository.bind(jdbc, sql, params)
                .query((rs, row) -> new LocalDateTime[] {rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)})
                .single();
        return span[0] == null ? null : span;
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
     * The events changed since the index was built that pass the filter, as the database has them now, with their
     * keys in the lanes asked for: few events, read by id.
     */
    Changes changes(java.util.Set<Long> changed, EventFilter filter, Lanes lanes) {
        if (changed.isEmpty()) {
            return Changes.NONE;
        }
        StringBuilder sql = new StringBuilder("SELECT e.id, e.interval_start, e.interval_end, e.confidence FROM event e")
                .append(" WHERE e.hidden = FALSE AND e.id IN (:changedEvents)");
        Map<String, Object> params = new HashMap<>();
        params.put("changedEvents", List.copyOf(changed));
        EventRepository.where(filter, sql, params);
        List<Changes.Changed> rows = EventRepository.bind(jdbc, sql, params)
                .query((rs, row) -> new Changes.Changed(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                        rs.getObject(3, LocalDateTime.class), rs.getDouble(4), List.of()))
                .list();
        if (lanes != Lanes.NONE && !rows.isEmpty()) {
            Map<Long, List<String>> keys = lanesOf(rows.stream().map(Changes.Changed::id).toList(), lanes);
            rows = rows.stream().map(e -> new Changes.Changed(e.id(), e.start(), e.end(), e.confidence(),
                    keys.getOrDefault(e.id(), List.of()).stream().distinct().toList())).toList();
        }
        return new Changes(changed, rows);
    }

    private static List<?> laneValues(Lanes lanes, List<String> keys) {
        return lanes == Lanes.DOCUMENT ? keys.stream().map(Long::valueOf).toList() : keys;
    }
}
