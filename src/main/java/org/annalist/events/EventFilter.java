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
 * @param minConfidence the events whose confidence is at least this (0: all)
 * @param minSources    the events told by at least this many documents (0 or 1: all)
 * @param places    entity ids, any of which must be a place of the event; a country ({@code state-sy}) also takes the
 *                  events placed in one of its cities
 */
public record EventFilter(List<String> actors, List<String> regions, LocalDateTime from, LocalDateTime to,
                          List<Long> documents, String text, boolean undated, double minConfidence, int minSources,
                          List<String> places) {

    public static final EventFilter ALL = new EventFilter(List.of(), List.of(), null, null, List.of(), null, true);

    public EventFilter {
        actors = List.copyOf(actors);
        regions = List.copyOf(regions);
        documents = List.copyOf(documents);
        places = List.copyOf(places);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("a confidence from 0 to 1, not " + minConfidence);
        }
        if (minSources < 0) {
            throw new IllegalArgumentException("a number of sources from 0, not " + minSources);
        }
    }

    /** Without a place. */
    public EventFilter(List<String> actors, List<String> regions, LocalDateTime from, LocalDateTime to,
                       List<Long> documents, String text, boolean undated, double minConfidence, int minSources) {
        this(actors, regions, from, to, documents, text, undated, minConfidence, minSources, List.of());
    }

    /** Without a confidence or sources threshold. */
    public EventFilter(List<String> actors, List<String> regions, LocalDateTime from, LocalDateTime to,
                       List<Long> documents, String text, boolean undated) {
        this(actors, regions, from, to, documents, text, undated, 0, 0);
    }

    /** The same filter over all dates (undated events included). */
    public EventFilter withoutDates() {
        return new EventFilter(actors, regions, null, null, documents, text, true, minConfidence, minSources, places);
    }

    public EventFilter withActors(List<String> value) {
        return new EventFilter(value, regions, from, to, documents, text, undated, minConfidence, minSources, places);
    }

    public EventFilter withRegions(List<String> value) {
        return new EventFilter(actors, value, from, to, documents, text, undated, minConfidence, minSources, places);
    }

    public EventFilter withDocuments(List<Long> value) {
        return new EventFilter(actors, regions, from, to, value, text, undated, minConfidence, minSources, places);
    }

    public EventFilter withText(String value) {
        return new EventFilter(actors, regions, from, to, documents, value, undated, minConfidence, minSources, places);
    }

    /** The same filter without its undated events. */
    public EventFilter datedOnly() {
        return new EventFilter(actors, regions, from, to, documents, text, false, minConfidence, minSources, places);
    }

    /** The same filter restricted to the events overlapping [start, end) (within its own dates, if it has any). */
    public EventFilter within(LocalDateTime start, LocalDateTime end) {
        LocalDateTime lower = from == null || start.isAfter(from) ? start : from;
        LocalDateTime upper = to == null || end.isBefore(to) ? end : to;
        return new EventFilter(actors, regions, lower, upper.isAfter(lower) ? upper : lower, documents, text, false,
                minConfidence, minSources, places);
    }

    public EventFilter withPlaces(List<String> value) {
        return new EventFilter(actors, regions, from, to, documents, text, undated, minConfidence, minSources, value);
    }

    public EventFilter withThresholds(double confidence, int sources) {
        return new EventFilter(actors, regions, from, to, documents, text, undated, confidence, sources, places);
    }

    /** Whether a threshold on confidence or on sources is set. */
    public boolean thresholds() {
        return minConfidence > 0 || minSources > 1;
    }
}
