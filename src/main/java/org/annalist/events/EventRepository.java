package org.annalist.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.annalist.database.TextSearch;
import org.annalist.event.DateHow;
import org.annalist.event.Polarity;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.TimexMod;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads events for the timeline, the grid and the exports. The SQL is fixed text; every value a user gives is a bind
 * parameter.
 */
@Repository
public class EventRepository {

    private final JdbcClient jdbc;

    public EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a timeline draws of an event: enough to place and label it; details come when it is opened. */
    public record TimelineItem(long id, String title, LocalDateTime start, LocalDateTime end, Granularity granularity,
                               TimexMod timexMod, Polarity polarity, double confidence, DateHow dateHow) {
    }

    /**
     * The timeline's query: the events of a window that pass the filters, by start, at most {@code limit}; what a pan or
     * a zoom asks for.
     */
    public List<TimelineItem> window(EventFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(ITEM_COLUMNS).append(" FROM event e WHERE e.hidden = FALSE");
        where(filter, sql, params);
        sql.append(order(filter));
        sql.append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return bind(jdbc, sql, params).query(ITEM).list();
    }

    /** What {@link #ITEM} reads, in that order. */
    private static final String ITEM_COLUMNS =
            "SELECT id, title, interval_start, interval_end, granularity, timex_mod, polarity, confidence, date_how";
    private static final String ITEMS_BY_ID = ITEM_COLUMNS + " FROM event WHERE id IN (:ids)";
    private static final RowMapper<TimelineItem> ITEM = (rs, row) -> new TimelineItem(rs.getLong(1), rs.getString(2),
            rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class),
            valueOf(Granularity.class, rs.getString(5)), valueOf(TimexMod.class, rs.getString(6)),
            valueOf(Polarity.class, rs.getString(7)), rs.getDouble(8), valueOf(DateHow.class, rs.getString(9)));

    /** A column holding an enum's name (null stays null). */
    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The timeline items of some events, in the order of the ids given (unknown ids are left out). */
    public List<TimelineItem> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TimelineItem> byId = new HashMap<>();
        jdbc.sql(ITEMS_BY_ID).param("ids", ids).query(ITEM).list().forEach(item -> byId.put(item.id(), item));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Some events with their details, in the order of the ids given (unknown ids are left out). */
    public List<StoredEvent> detailsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, StoredEvent> byId = new HashMap<>();
        for (StoredEvent event : details(jdbc.sql(DETAILS_BY_ID).param("ids", ids))) {
            byId.put(event.id(), event);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The events the filter selects, dated ones by start, then undated ones; at most {@code limit}, with details. */
    public List<StoredEvent> find(EventFilter filter, int limit) {
        StringBuilder sql = new StringBuilder(DETAILS);
        Map<String, Object> params = new HashMap<>();
        where(filter, sql, params);
        sql.append(order(filter));
        sql.append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        JdbcClient.StatementSpec statement = bind(jdbc, sql, params);
        return details(statement);
    }

    /** The ids of the filter's most salient events, the most salient first. */
    public List<Long> keyIds(EventFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT e.id FROM event e WHERE e.hidden = FALSE");
        Map<String, Object> params = new HashMap<>();
        where(filter, sql, params);
        sql.append(" AND e.salience > 0 ORDER BY e.salience DESC, e.interval_start, e.id");
        sql.append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return bind(jdbc, sql, params).query(Long.class).list();
    }

    /** An event's date and salience: what key dates are chosen by. */
    public record Salient(LocalDateTime start, Granularity granularity, double salience) {
    }

    /** The dates and saliences of the filter's most salient events, the most salient first. */
    public List<Salient> salient(EventFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT e.interval_start, e.granularity, e.salience FROM event e WHERE e.hidden = FALSE");
        Map<String, Object> params = new HashMap<>();
        where(filter, sql, params);
        sql.append(" AND e.salience > 0 ORDER BY e.salience DESC, e.interval_start, e.id");
        sql.append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return bind(jdbc, sql, params).query((rs, row) -> new Salient(rs.getObject(1, LocalDateTime.class),
                valueOf(Granularity.class, rs.getString(2)), rs.getDouble(3))).list();
    }

    /** The filter's events by salience, the most salient first: the key events. */
    public List<StoredEvent> findKey(EventFilter filter, int limit) {
        StringBuilder sql = new StringBuilder(DETAILS);
        Map<String, Object> params = new HashMap<>();
        where(filter, sql, params);
        sql.append(" AND e.salience > 0 ORDER BY e.salience DESC, e.interval_start, e.id");
        sql.append(" FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        return details(bind(jdbc, sql, params));
    }

    public static JdbcClient.StatementSpec bind(JdbcClient jdbc, StringBuilder sql, Map<String, Object> params) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement;
    }

    /** The columns {@link #details} reads, from the visible events {@code e}; conditions follow with AND. */
    public static final String DETAILS_COLUMNS = """
            SELECT id, title, interval_start, interval_end, granularity, timex_value, timex_mod, date_text, date_how,
                   explanation, polarity, confidence, origin, salience, note""";
    public static final String DETAILS = DETAILS_COLUMNS + " FROM event e WHERE e.hidden = FALSE";

    private static final String DETAILS_BY_ID = DETAILS_COLUMNS + " FROM event e WHERE e.id IN (:ids)";

    /** Dated events by start, then undated ones. */
    public static final String ORDER = " ORDER BY CASE WHEN e.interval_start IS NULL THEN 1 ELSE 0 END, e.interval_start, e.id";
    /** The same order when the filter selects dated events only: the database can then read the interval index in order. */
    public static final String DATED_ORDER = " ORDER BY e.interval_start, e.id";

    /**
     * The order for a filter: without undated events the CASE is left out, which spares the database a sort of every
     * selected row (2 s instead of 10 ms for the first 50 of 100,000 events in H2).
     */
    public static String order(EventFilter filter) {
        return datedOnly(filter) ? DATED_ORDER : ORDER;
    }

    /** Whether {@link #where} selects dated events only. */
    public static boolean datedOnly(EventFilter filter) {
        return filter.from() != null || filter.to() != null || !filter.undated();
    }

    /** The conditions of a filter on the event {@code e}: fixed SQL text, values as bind parameters. */
    public static void where(EventFilter filter, StringBuilder sql, Map<String, Object> params) {
        if (filter.from() != null || filter.to() != null) {
            sql.append(" AND e.interval_start IS NOT NULL");
        } else if (!filter.undated()) {
            sql.append(" AND e.interval_start IS NOT NULL");
        }
        if (filter.from() != null) {
            sql.append(" AND e.interval_end > :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND e.interval_start < :to");
            params.put("to", filter.to());
        }
        if (!filter.actors().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id AND a.entity_id IN (:actors))");
            params.put("actors", filter.actors());
        }
        if (!filter.regions().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_region r WHERE r.event_id = e.id AND r.region_id IN (:regions))");
            params.put("regions", filter.regions());
        }
        if (!filter.places().isEmpty()) {
            // event_area: the event's places and the countries they lie in (migration V19).
            sql.append(" AND EXISTS (SELECT 1 FROM event_area p WHERE p.event_id = e.id AND p.area_id IN (:places))");
            params.put("places", filter.places());
        }
        if (!filter.documents().isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id AND s.document_id IN (:documents))");
            params.put("documents", filter.documents());
        }
        TextSearch.where(filter.text(), sql, params);
        if (filter.minConfidence() > 0) {
            sql.append(" AND e.confidence >= :minConfidence");
            params.put("minConfidence", filter.minConfidence());
        }
        if (filter.minSources() > 1) {
            sql.append(" AND (SELECT COUNT(DISTINCT s.document_id) FROM event_source s WHERE s.event_id = e.id) >= :minSources");
            params.put("minSources", filter.minSources());
        }
    }

    /** The events of a result set, with their actors, places, regions and sources. */
    public List<StoredEvent> details(JdbcClient.StatementSpec statement) {
        Map<Long, StoredEvent> events = new LinkedHashMap<>();
        statement.query(rs -> {
            events.put(rs.getLong("id"), new StoredEvent(rs.getLong("id"), rs.getString("title"),
                    rs.getObject("interval_start", LocalDateTime.class), rs.getObject("interval_end", LocalDateTime.class),
                    valueOf(Granularity.class, rs.getString("granularity")), rs.getString("timex_value"),
                    valueOf(TimexMod.class, rs.getString("timex_mod")), rs.getString("date_text"),
                    valueOf(DateHow.class, rs.getString("date_how")), rs.getString("explanation"),
                    valueOf(Polarity.class, rs.getString("polarity")), rs.getDouble("confidence"),
                    valueOf(StoredEvent.Origin.class, rs.getString("origin")),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), rs.getDouble("salience"),
                    new ArrayList<>(), rs.getString("note")));
        });
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(events.keySet());
        record Link(long event, String entity, String name, String type, String role) {
        }
        List<Link> actors = jdbc.sql("""
                        SELECT a.event_id, n.id, n.name, n.type, a.role FROM event_actor a JOIN entity n ON n.id = a.entity_id
                        WHERE a.event_id IN (:ids) ORDER BY a.event_id, CASE a.role WHEN 'AGENT' THEN 0 WHEN 'PATIENT' THEN 1 ELSE 2 END, n.name""")
                .param("ids", ids)
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        List<Link> places = jdbc.sql("""
                        SELECT p.event_id, n.id, n.name, n.type FROM event_place p JOIN entity n ON n.id = p.entity_id
                        WHERE p.event_id IN (:ids) ORDER BY p.event_id, n.name""")
                .param("ids", ids)
                .query((rs, row) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), null))
                .list();
        Map<String, Map<String, String>> names = namesOf(java.util.stream.Stream.concat(actors.stream(), places.stream())
                .map(Link::entity).distinct().toList());
        for (Link a : actors) {
            events.get(a.event()).actors().add(new StoredEvent.Named(a.entity(), a.name(), a.type(), a.role(),
                    names.getOrDefault(a.entity(), Map.of())));
        }
        for (Link p : places) {
            events.get(p.event()).places().add(new StoredEvent.Named(p.entity(), p.name(), p.type(), null,
                    names.getOrDefault(p.entity(), Map.of())));
        }
        jdbc.sql("SELECT event_id, region_id FROM event_region WHERE event_id IN (:ids) ORDER BY event_id, region_id")
                .param("ids", ids)
                .query(rs -> {
                    events.get(rs.getLong(1)).regions().add(rs.getString(2));
                });
        jdbc.sql("""
                        SELECT s.event_id, s.document_id, d.title, d.outlet, d.published_on, s.passage_begin, s.passage_end,
                               s.passage_text, s.timex_value, s.timex_begin, s.timex_end
                        FROM event_source s JOIN document d ON d.id = s.document_id
                        WHERE s.event_id IN (:ids) ORDER BY s.event_id, d.published_on, s.document_id, s.passage_begin""")
                .param("ids", ids)
                .query(rs -> {
                    events.get(rs.getLong(1)).sources().add(new StoredEvent.Source(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7), rs.getString(8),
                            rs.getString(9), rs.getObject(10, Integer.class), rs.getObject(11, Integer.class)));
                });
        jdbc.sql("""
                        SELECT m.event_id, m.document_id, d.title, m.score, m.reasons FROM event_merge m
                        JOIN document d ON d.id = m.document_id WHERE m.event_id IN (:ids) ORDER BY m.event_id, m.merged_at""")
                .param("ids", ids)
                .query(rs -> {
                    events.get(rs.getLong(1)).merges().add(new StoredEvent.Merge(rs.getLong(2), rs.getString(3),
                            rs.getDouble(4), rs.getString(5)));
                });
        return List.copyOf(events.values());
    }

    /** Entity ids whose canonical name, English name or id is {@code name} (case-insensitive). */
    /** The names by language of some entities. */
    public Map<String, Map<String, String>> namesOf(List<String> entityIds) {
        Map<String, Map<String, String>> names = new HashMap<>();
        if (entityIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT entity_id, language, name FROM entity_name WHERE entity_id IN (:ids)")
                .param("ids", entityIds)
                .query(rs -> {
                    names.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return names;
    }

    /**
     * The entities a person may mean by {@code name}: a stored name or id, or any alias the dictionary knows in any
     * language (Putin, Poutine, Kadhafi, Gaddafi, OTAN, NATO), whatever the case and the accents.
     */
    public java.util.Set<String> entitiesCalled(String name) {
        String typed = name == null ? "" : name.strip();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(typed.isEmpty() ? List.of() : entitiesNamed(typed));
        org.annalist.entity.EntityFinder finder = new org.annalist.entity.EntityFinder(org.annalist.entity.EntityDictionary.standard());
        for (String language : org.annalist.lang.Lexicon.languages()) {
            finder.find(typed, language).stream().filter(m -> m.entity() != null && m.begin() == 0 && m.end() == typed.length())
                    .forEach(m -> ids.add(m.entity().id()));
        }
        return ids;
    }

    public List<String> entitiesNamed(String name) {
        return jdbc.sql("SELECT id FROM entity n WHERE LOWER(n.name) = :n OR LOWER(n.id) = :n OR EXISTS (SELECT 1 FROM entity_name l WHERE l.entity_id = n.id AND LOWER(l.name) = :n)")
                .param("n", name.toLowerCase(Locale.ROOT).strip())
                .query(String.class).list();
    }
    /** One event with its details, hidden or not; empty when there is no such event. */
    public java.util.Optional<StoredEvent> event(long id) {
        return details(jdbc.sql(DETAILS_COLUMNS + " FROM event e WHERE e.id = :id").param("id", id))
                .stream().findFirst();
    }

    /** Whether a person marked the event wrong. */
    public boolean isHidden(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM event WHERE id = :id AND hidden = TRUE").param("id", id).query(Long.class)
                .single() > 0;
    }

}
