package org.annalist.timeline;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rows of an index: first the events (which fixes the positions), then, in any order, the events'
 * actors, regions, places, documents and passages (rows of events not given first are ignored: hidden ones), the title
 * order; then {@link #build}.
 */
final class TimelineIndexBuilder {

    /** An event as read for the index: its searchable title is {@link org.annalist.lang.Folding#searchWords}'s form. */
    record EventRow(long id, LocalDateTime start, LocalDateTime end, double confidence, String searchTitle) {
    }

    final long[] ids;
    final long[] starts;
    final long[] ends;
    final int dated;
    private final Map<Long, Integer> positions;
    final int[] byConfidence;
    final double[] confidence;
    int[] byTitle;
    final DimensionBuilder actors = new DimensionBuilder();
    final DimensionBuilder regions = new DimensionBuilder();
    final DimensionBuilder documents = new DimensionBuilder();
    final DimensionBuilder places = new DimensionBuilder();
    final Map<String, IntList> words = new HashMap<>();

    TimelineIndexBuilder(List<EventRow> events) {
        List<EventRow> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((EventRow e) -> e.start() == null)
                .thenComparing(e -> e.start() == null ? 0 : TimelineIndex.seconds(e.start()))
                .thenComparingLong(EventRow::id));
        int size = sorted.size();
        ids = new long[size];
        starts = new long[size];
        ends = new long[size];
        confidence = new double[size];
        positions = HashMap.newHashMap(size);
        int datedCount = 0;
        for (int p = 0; p < size; p++) {
            EventRow e = sorted.get(p);
            ids[p] = e.id();
            confidence[p] = e.confidence();
            positions.put(e.id(), p);
            if (e.start() != null) {
                datedCount++;
                starts[p] = TimelineIndex.seconds(e.start());
                ends[p] = e.end() == null ? Long.MIN_VALUE : TimelineIndex.seconds(e.end());
            }
            addWords(p, e.searchTitle());
        }
        dated = datedCount;
        Integer[] order = new Integer[size];
        for (int p = 0; p < size; p++) {
            order[p] = p;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(p -> confidence[p]).thenComparingLong(p -> ids[p]));
        byConfidence = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    void actor(long eventId, String entityId) {
        Integer p = positions.get(eventId);
        if (p != null) {
            actors.add(p, entityId);
        }
    }

    /** A place of an event, or a country one of its places lies in. */
    void place(long eventId, String areaId) {
        Integer p = positions.get(eventId);
        if (p != null) {
            places.add(p, areaId);
        }
    }

    void region(long eventId, String regionId) {
        Integer p = positions.get(eventId);
        if (p != null) {
            regions.add(p, regionId);
        }
    }

    /** A source of an event: its document and the searchable form of the passage. */
    void source(long eventId, long documentId, String searchPassage) {
        Integer p = positions.get(eventId);
        if (p != null) {
            documents.add(p, String.valueOf(documentId));
            addWords(p, searchPassage);
        }
    }

    /** The events' ids in the database's order of lower-case titles (then id); others are ignored. */
    void titleOrder(List<Long> eventIds) {
        int[] order = new int[ids.length];
        int n = 0;
        for (long id : eventIds) {
            Integer p = positions.get(id);
            if (p != null) {
                order[n++] = p;
            }
        }
        if (n != ids.length) {
            throw new IllegalStateException("The title order lists " + n + " of " + ids.length + " events");
        }
        byTitle = order;
    }

    TimelineIndex build(long revision) {
        if (byTitle == null) {
            throw new IllegalStateException("No title order");
        }
        return new TimelineIndex(this, revision);
    }

    private void addWords(int position, String searchable) {
        if (searchable == null) {
            return;
        }
        int from = 0;
        int length = searchable.length();
        while (from < length) {
            int space = searchable.indexOf(' ', from);
            int end = space < 0 ? length : space;
            if (end > from) {
                words.computeIfAbsent(searchable.substring(from, end), w -> new IntList()).add(position);
            }
            from = end + 1;
        }
    }
}
