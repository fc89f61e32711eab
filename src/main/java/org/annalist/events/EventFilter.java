package org.annalist.events;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Which events to show: all filters combine (and). Empty lists and nulls do not filter.
 *
 * @param actors    entity ids, any of which must be an actor of the event
 * @param regions   region ids, any of which must be a region of the event
 * @param from      the events whose interval ends after this instant
 * @param to        the events whose interval starts before this instant
 * @param documents document ids, any of which must be a source
 * @param text      words the title or a passage must contain
 * @param undated   whether undated events are included (never when a date range is given)
 */
public record EventFilter(List<String> actors, List<String> regions, LocalDateTime from, LocalDateTime to,
                          List<Long> documents, String text, boolean undated) {

    public static final EventFilter ALL = new EventFilter(List.of(), List.of(), null, null, List.of(), null, true);

    public EventFilter {
        actors = List.copyOf(actors);
        regions = List.copyOf(regions);
        documents = List.copyOf(documents);
    }
}
