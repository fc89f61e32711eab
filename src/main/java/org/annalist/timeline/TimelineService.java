package org.annalist.timeline;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository.TimelineItem;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.annalist.timeline.TimelineIndexCache.Current;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the timeline view asks, answered by the in-memory index when it is current and by the database otherwise: the
 * choice is made in one place, {@link #queries()}. Adds what both answerers share: labels of lanes and the facets of
 * the filters.
 */
@Service
public class TimelineService implements TimelineQueries {

    private final JdbcClient jdbc;
    private final SqlTimelineQueries database;
    private final EventRepository events;
    private final TimelineIndexCache indexes;

    public TimelineService(JdbcClient jdbc, SqlTimelineQueries database, EventRepository events, TimelineIndexCache indexes) {
        this.jdbc = jdbc;
        this.database = database;
        this.events = events;
        this.indexes = indexes;
    }

    /** The answerer for a question asked now: the index when it is up to date, else the database. */
    public TimelineQueries queries() {
        Current current = indexes.current();
        return current == null ? database : new IndexedTimelineQueries(current, database, events);
    }

    @Override
    public List<TimelineItem> window(EventFilter filter, int limit) {
        return queries().window(filter, limit);
    }

    @Override
    public long count(EventFilter filter) {
        return queries().count(filter);
    }

    @Override
    public List<StoredEvent> page(EventFilter filter, Sort sort, int offset, int limit) {
        return queries().page(filter, sort, offset, limit);
    }

    /** The lanes holding the most events under the filter, most first. Labels: canonical names or document titles. */
    @Override
    public List<Facet> topLanes(EventFilter filter, Lanes lanes, int limit) {
        return topLanes(filter, lanes, limit, null);
    }

    /** The same, actors named in a language (their canonical name when they have none there, or when it is null). */
    public List<Facet> topLanes(EventFilter filter, Lanes lanes, int limit, String language) {
        List<Facet> counted = queries().topLanes(filter, lanes, limit);
        Map<String, String> labels = labels(lanes, counted.stream().map(Facet::key).toList(), language);
        return counted.stream().map(f -> new Facet(f.key(), labels.getOrDefault(f.key(), f.key()), f.count())).toList();
    }

    @Override
    public List<Bucket> buckets(EventFilter filter, long bucketSeconds, Lanes lanes, List<String> laneKeys) {
        return queries().buckets(filter, bucketSeconds, lanes, laneKeys);
    }

    @Override
    public List<StoredEvent> undated(EventFilter filter, int limit) {
        return queries().undated(filter, limit);
    }

    @Override
    public long countUndated(EventFilter filter) {
        return queries().countUndated(filter);
    }

    @Override
    public LocalDateTime[] extent(EventFilter filter) {
        return queries().extent(filter);
    }

    /** For each event, the keys of the lanes it belongs to (its actors, regions or documents). */
    public Map<Long, List<String>> lanesOf(Collection<Long> eventIds, Lanes lanes) {
        return database.lanesOf(eventIds, lanes);
    }

    /** The actors of the filtered events with their counts, most first (the filter's own actors are ignored). */
    public List<Facet> actorFacets(EventFilter filter, int limit, String language) {
        EventFilter others = filter.withActors(List.of());
        return topLanes(others, Lanes.ACTOR, limit, language);
    }

    /** The regions of the filtered events with their counts (the filter's own regions are ignored). */
    public List<Facet> regionFacets(EventFilter filter) {
        EventFilter others = filter.withRegions(List.of());
        return topLanes(others, Lanes.REGION, 1000, null);
    }

    /**
     * The places of the filtered events and the countries those lie in, with their counts, most first (the filter's own
     * places are ignored).
     */
    public List<Facet> placeFacets(EventFilter filter, int limit, String language) {
        EventFilter others = filter.withPlaces(List.of());
        return topLanes(others, Lanes.PLACE, limit, language);
    }

    /** The documents telling the filtered events with their counts (the filter's own documents are ignored). */
    public List<Facet> documentFacets(EventFilter filter, int limit) {
        EventFilter others = filter.withDocuments(List.of());
        return topLanes(others, Lanes.DOCUMENT, limit, null);
    }

    /** Names of entities in a language (canonical when they have none there), for labels. */
    public Map<String, String> entityNames(Collection<String> ids, String language) {
        return labels(Lanes.ACTOR, List.copyOf(ids), language);
    }

    /** Titles (or file names) of documents, by id as text. */
    public Map<String, String> documentTitles(Collection<String> ids) {
        return labels(Lanes.DOCUMENT, ids.stream().filter(id -> id.matches("\\d{1,18}")).toList(), null);
    }

    private Map<String, String> labels(Lanes lanes, List<String> keys, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return labels;
        }
        switch (lanes) {
            case ACTOR, PLACE -> jdbc.sql("""
                            SELECT n.id, COALESCE(l.name, n.name) FROM entity n
                            LEFT JOIN entity_name l ON l.entity_id = n.id AND l.language = :language WHERE n.id IN (:ids)""")
                    .param("ids", keys).param("language", language == null ? "" : language)
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
