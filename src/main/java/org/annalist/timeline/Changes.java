package org.annalist.timeline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The overlay of an index that is not current: the events changed since it was built, as the database has them now.
 * The index leaves its own version of them out ({@code ids}) and adds the ones that pass the question's filter
 * ({@code passing}) to its answers, in the one way each kind of answer takes them (counted, listed, bucketed, per lane,
 * spanned); the merge lives here, not in each answer.
 */
record Changes(Set<Long> ids, List<Changed> passing) {

    static final Changes NONE = new Changes(Set.of(), List.of());

    /** A changed event that passes the filter: its interval, confidence and its keys in the question's lanes. */
    record Changed(long id, LocalDateTime start, LocalDateTime end, double confidence, List<String> lanes) {
    }

    Changes {
        ids = Set.copyOf(ids);
        passing = List.copyOf(passing);
    }

    long count() {
        return passing.size();
    }

    long countUndated() {
        return passing.stream().filter(e -> e.start() == null).count();
    }

    /** Adds the ids of the passing events without a date. */
    void addUndatedIds(List<Long> ids) {
        passing.stream().filter(e -> e.start() == null).forEach(e -> ids.add(e.id()));
    }

    /**
     * Counts the passing dated events into rows of per-bucket counts: one slot per lane of {@code laneKeys}, the last
     * for events in none of them (as the index counts its own).
     */
    void addToBuckets(Map<Long, long[]> counts, long bucketSeconds, List<String> laneKeys) {
        int slots = laneKeys.size();
        for (Changed e : passing) {
            if (e.start() == null) {
                continue;
            }
            long[] row = counts.computeIfAbsent(Math.floorDiv(TimelineIndex.seconds(e.start()), bucketSeconds),
                    b -> new long[slots + 1]);
            boolean inLane = false;
            for (int slot = 0; slot < slots; slot++) {
                if (e.lanes().contains(laneKeys.get(slot))) {
                    row[slot]++;
                    inLane = true;
                }
            }
            if (!inLane) {
                row[slots]++;
            }
        }
    }

    /** Adds one for each passing event to each of its lanes (once per lane). */
    void addToLanes(Map<String, Long> byKey) {
        for (Changed e : passing) {
            e.lanes().stream().distinct().forEach(key -> byKey.merge(key, 1L, Long::sum));
        }
    }

    /**
     * The span {@code [first, last]} (seconds; MAX_VALUE / MIN_VALUE when none) widened to the passing dated events.
     */
    long[] widen(long first, long last) {
        for (Changed e : passing) {
            if (e.start() != null) {
                first = Math.min(first, TimelineIndex.seconds(e.start()));
                if (e.end() != null) {
                    last = Math.max(last, TimelineIndex.seconds(e.end()));
                }
            }
        }
        return new long[] {first, last};
    }
}
