package org.annalist.timeline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The span where the filtered events are: from the 2nd to the 98th percentile of their starts, so that one event
 * dated in the year 600 or 2031 by a mistake does not turn the first view into a thousand years of nothing. Read from
 * the timeline's bucket counts (two passes: coarse over the whole extent, then fine over the body), so both answerers
 * give it without a query of their own.
 *
 * @param start   the start of the bucket of the first event kept
 * @param end     the end of the bucket of the last event kept (by start)
 * @param outside how many dated events lie before or after it
 */
public record DenseSpan(LocalDateTime start, LocalDateTime end, long outside) {

    /** The share of the events left out at each end. */
    static final double TAIL = 0.02;
    private static final int BUCKETS = 400;

    /**
     * @param extent  the first start and the last end of the filtered events
     * @param buckets the bucket counts of the filtered events for a bucket width in seconds
     */
    public static DenseSpan of(LocalDateTime[] extent, LongFunction<List<Bucket>> buckets) {
        long seconds = Math.max(60, Duration.between(extent[0], extent[1]).toSeconds());
        DenseSpan coarse = pass(buckets, Math.max(60, seconds / BUCKETS));
        if (coarse == null) {
            return new DenseSpan(extent[0], extent[1], 0);
        }
        long body = Math.max(60, Duration.between(coarse.start, coarse.end).toSeconds());
        DenseSpan fine = pass(buckets, Math.max(60, body / BUCKETS));
        return fine == null ? coarse : fine;
    }

    private static DenseSpan pass(LongFunction<List<Bucket>> counts, long width) {
        List<Bucket> buckets = counts.apply(width).stream().sorted(Comparator.comparingLong(Bucket::index)).toList();
        long total = buckets.stream().mapToLong(Bucket::count).sum();
        long left = (long) Math.floor(total * TAIL);
        long first = left;
        long last = total - 1 - left;
        long seen = 0;
        Long from = null;
        Long to = null;
        for (Bucket bucket : buckets) {
            if (from == null && seen + bucket.count() > first) {
                from = bucket.index();
            }
            if (to == null && seen + bucket.count() > last) {
                to = bucket.index();
            }
            seen += bucket.count();
        }
        if (from == null || to == null) {
            return null;
        }
        long kept = 0;
        for (Bucket bucket : buckets) {
            if (bucket.index() >= from && bucket.index() <= to) {
                kept += bucket.count();
            }
        }
        return new DenseSpan(at(from * width), at((to + 1) * width), total - kept);
    }

    private static LocalDateTime at(long epochSecond) {
        return LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    }
}
