package org.annalist.timeline;

import java.time.LocalDateTime;
import java.util.List;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository.TimelineItem;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.annalist.timeline.TimelineIndexCache.Current;

/**
 * The timeline's questions answered from the in-memory index of one revision, with the events written since then (few,
 * read by id from the database) laid over it; the events' details come from the database. One per question: it holds
 * the index current when it was made.
 */
final class IndexedTimelineQueries implements TimelineQueries {

    private final Current current;
    private final SqlTimelineQueries database;
    private final EventRepository events;

    IndexedTimelineQueries(Current current, SqlTimelineQueries database, EventRepository events) {
        this.current = current;
        this.database = database;
        this.events = events;
    }

    @Override
    public List<TimelineItem> window(EventFilter filter, int limit) {
        return events.items(current.index().page(filter, Sort.START, 0, limit, changes(filter, Lanes.NONE)));
    }

    @Override
    public long count(EventFilter filter) {
        return current.index().count(filter, changes(filter, Lanes.NONE));
    }

    @Override
    public List<StoredEvent> page(EventFilter filter, Sort sort, int offset, int limit) {
        if (!current.changed().isEmpty() && !TimelineIndex.sortsChanges(sort)) {
            // By title only the database knows the order of the events changed since the index was built.
            return database.page(filter, sort, offset, limit);
        }
        return events.detailsOf(current.index().page(filter, sort, offset, limit, changes(filter, Lanes.NONE)));
    }

    @Override
    public List<Facet> topLanes(EventFilter filter, Lanes lanes, int limit) {
        if (lanes == Lanes.NONE) {
            return List.of();
        }
        return current.index().topLanes(filter, lanes, limit, changes(filter, lanes));
    }

    @Override
    public List<Bucket> buckets(EventFilter filter, long bucketSeconds, Lanes lanes, List<String> laneKeys) {
        return current.index().buckets(filter, bucketSeconds, lanes, laneKeys, changes(filter, lanes));
    }

    @Override
    public List<StoredEvent> undated(EventFilter filter, int limit) {
        EventFilter noDates = TimelineQueries.withoutDates(filter);
        return events.detailsOf(current.index().undated(noDates, limit, changes(noDates, Lanes.NONE)));
    }

    @Override
    public long countUndated(EventFilter filter) {
        EventFilter noDates = TimelineQueries.withoutDates(filter);
        return current.index().countUndated(noDates, changes(noDates, Lanes.NONE));
    }

    @Override
    public LocalDateTime[] extent(EventFilter filter) {
        return current.index().extent(filter, changes(filter, Lanes.NONE));
    }

    private Changes changes(EventFilter filter, Lanes lanes) {
        return database.changes(current.changed(), filter, lanes);
    }
}
