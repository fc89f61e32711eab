package org.annalist.timeline;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The span where the filtered events are: from the 2nd to the 98th percentile of their starts, so that one event
 * dated in the year 600 or 2031 by a mistake does not turn the first view into a thousand years of nothing. When most
 * of the events crowd into a small part of that span (news of 2011–2013 that also recalls 1952, 1967 and 1981: a tenth
 * of the events spread over sixty years), the span is that crowd, the shortest one holding {@link #CORE} of them, and
 * the background history is counted as outside. Read from
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
    /** The share of the events a crowd holds. */
    static final double CORE = 0.85;
    /** A crowd replaces the percentile span when it is at most this share of it. */
    static final double NARROW = 0.2;
    /** Fewer events than this are too few to tell a crowd from its background. */
    static final int CROWD = 20;
    private static final int BUCKETS = 400;

    /**
     * @param extent  the first start and the last end of the filtered events
     * @param buckets the bucket counts of the filtered events for a bucket width in seconds
     */
    public static DenseSpan of(LocalDateTime[] extent, LongFunction<List<Bucket>> buckets) {
        return of(extent, buckets, true);
    }

    /**
     * @param crowd whether a crowd may narrow the percentiles' span (not when the reader asked for every event on one
     *              axis)
     */
    public static DenseSpan of(LocalDateTime[] extent, LongFunction<List<Bucket>> buckets, boolean crowd) {
        long seconds = Math.max(60, Duration.between(extent[0], extent[1]).toSeconds());
        DenseSpan coarse = pass(buckets, Math.max(60, seconds / BUCKETS));
        if (coarse == null) {
            return new DenseSpan(extent[0], extent[1], 0);
        }
        long body = Math.max(60, Duration.between(coarse.start, coarse.end).toSeconds());
        DenseSpan fine = pass(buckets, Math.max(60, body / BUCKETS));
        DenseSpan percentiles = fine == null ? coarse : fine;
        DenseSpan narrower = crowd ? crowd(buckets, percentiles) : null;
        return narrower == null ? percentiles : narrower;
    }

    /**
     * The shortest span holding {@link #CORE} of the events when it is at most {@link #NARROW} of the percentile span;
     * found at the percentile span's resolution, then again at its own (a fortnight of 2011 inside sixty years).
     */
    private static DenseSpan crowd(LongFunction<List<Bucket>> counts, DenseSpan percentiles) {
        long span = Math.max(60, Duration.between(percentiles.start, percentiles.end).toSeconds());
        DenseSpan crowd = shortest(counts, Math.max(60, span / BUCKETS));
        if (crowd == null || Duration.between(crowd.start, crowd.end).toSeconds() > span * NARROW) {
            return null;
        }
        DenseSpan finer = shortest(counts, Math.max(60, Duration.between(crowd.start, crowd.end).toSeconds() / BUCKETS));
        return finer == null ? crowd : finer;
    }

    private static DenseSpan shortest(LongFunction<List<Bucket>> counts, long width) {
        List<Bucket> buckets = counts.apply(width).stream().filter(b -> b.count() > 0)
                .sorted(Comparator.comparingLong(Bucket::index)).toList();
        long total = buckets.stream().mapToLong(Bucket::count).sum();
        if (total < CROWD) {
            return null;
        }
        long wanted = (long) Math.ceil(total * CORE);
        int bestFrom = -1;
        int bestTo = -1;
        long held = 0;
        int from = 0;
        for (int to = 0; to < buckets.size(); to++) {
            held += buckets.get(to).count();
            while (held - buckets.get(from).count() >= wanted) {
                held -= buckets.get(from++).count();
            }
            if (held >= wanted && (bestFrom < 0 || buckets.get(to).index() - buckets.get(from).index()
                    < buckets.get(bestTo).index() - buckets.get(bestFrom).index())) {
                bestFrom = from;
                bestTo = to;
            }
        }
        if (bestFrom < 0) {
            return null;
        }
        long kept = 0;
        for (int i = bestFrom; i <= bestTo; i++) {
            kept += buckets.get(i).count();
        }
        return new DenseSpan(at(buckets.get(bestFrom).index() * width), at((buckets.get(bestTo).index() + 1) * width),
                total - kept);
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
