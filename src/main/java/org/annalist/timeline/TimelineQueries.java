package org.annalist.timeline;

import java.time.LocalDateTime;
import java.util.List;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository.TimelineItem;
import org.annalist.events.StoredEvent;

/**
 * The questions the timeline view asks about the events that pass a filter: which ones in a window, how many, a page
 * for the grid, the busiest lanes, counts per cluster, the undated ones, the date span. Two answerers give the same
 * answers (a test compares them): {@link IndexedTimelineQueries} from the in-memory {@link TimelineIndex} when it is
 * current, {@link SqlTimelineQueries} from the database otherwise; {@link TimelineService#queries()} chooses.
 */
public interface TimelineQueries {

    /** The events of a window that pass the filters, by start (undated last), at most {@code limit}. */
    List<TimelineItem> window(EventFilter filter, int limit);

    /** How many events the filter selects. */
    long count(EventFilter filter);

    /** A page of the filtered events, with details, for the grid. */
    List<StoredEvent> page(EventFilter filter, Sort sort, int offset, int limit);

    /** The lanes holding the most events under the filter, most first; labelled by their keys. */
    List<Facet> topLanes(EventFilter filter, Lanes lanes, int limit);

    /**
     * The filtered dated events counted by start in buckets of {@code bucketSeconds} (bucket 0 starts at the epoch), per
     * lane of {@code laneKeys}; events in none of those lanes are counted with a null lane.
     */
    List<Bucket> buckets(EventFilter filter, long bucketSeconds, Lanes lanes, List<String> laneKeys);

    /** The filtered events that have no date (the filter's dates are ignored), by id, at most {@code limit}. */
    List<StoredEvent> undated(EventFilter filter, int limit);

    /** The filtered events without a date, counted (the filter's dates are ignored). */
    long countUndated(EventFilter filter);

    /** The date span of the filtered dated events, or null when there is none. */
    LocalDateTime[] extent(EventFilter filter);

    /** The filter without its date range: undated events have no date to compare. */
    static EventFilter withoutDates(EventFilter filter) {
        return filter.withoutDates();
    }
}
