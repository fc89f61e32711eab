package org.annalist.timeline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The periods the filtered events fall into: a corpus about January 2020 that also tells of 2015 has two, five years
 * apart, and one linear axis cannot show both readably (the days of January crowd into a few pixels). The span of the
 * events is cut at its widest empty stretch while that stretch is most of the span, up to {@link #MAX} periods; a side
 * holding too few events to be a period of its own is left out and counted (as the 2nd–98th percentile leaves out a
 * misdated event). Each period is then fitted as a whole timeline is ({@link DenseSpan}). Read from bucket counts of
 * event starts, as {@link DenseSpan}, so both answerers give it.
 *
 * @param periods the periods, in date order
 * @param outside how many dated events lie in no period (small sides; tails of each period's fit)
 */
public record Periods(List<Period> periods, long outside) {

    /** The most periods shown side by side. */
    public static final int MAX = 3;
    /** An empty stretch cuts the span when it is at least this share of it. */
    static final double CUT = 0.4;
    /** A side with less than this share of the events is not a period of its own. */
    static final double SMALL = 0.1;
    private static final int BUCKETS = 4000;

    /** A period: its fitted span (the dense body of its events) and how many events start in it. */
    public record Period(LocalDateTime start, LocalDateTime end, long events) {
    }

    /** A stretch of the axis, in seconds since the epoch, with the number of events starting in it. */
    private record Stretch(long from, long to, long events) {
        long seconds() {
            return Math.max(60, to - from);
        }
    }

    /**
     * @param extent  the first start and the last end of the filtered events
     * @param buckets the filtered events' starts counted in buckets of a width in seconds (bucket 0 at the epoch)
     */
    public static Periods of(LocalDateTime[] extent, LongFunction<List<Bucket>> buckets) {
        long from = seconds(extent[0]);
        long to = Math.max(from + 60, seconds(extent[1]));
        long total = buckets.apply(Math.max(60, (to - from) / BUCKETS)).stream().mapToLong(Bucket::count).sum();
        List<Stretch> stretches = new ArrayList<>(List.of(new Stretch(from, to, total)));
        long dropped = 0;
        while (stretches.size() < MAX) {
            Cut best = null;
            for (Stretch stretch : stretches) {
                Cut cut = widestGap(stretch, buckets);
                if (cut != null && cut.share() >= CUT && (best == null || cut.share() > best.share())) {
                    best = cut;
                }
            }
            if (best == null) {
                break;
            }
            int at = stretches.indexOf(best.stretch());
            stretches.remove(at);
            // Sides too small to be periods are left out (counted); a cut that leaves nothing is not made.
            List<Stretch> kept = new ArrayList<>();
            for (Stretch side : List.of(best.left(), best.right())) {
                if (side.events() >= Math.max(1, Math.ceil(total * SMALL))) {
                    kept.add(side);
                } else {
                    dropped += side.events();
                }
            }
            stretches.addAll(at, kept);
            if (kept.isEmpty()) {
                break;
            }
        }
        List<Period> periods = new ArrayList<>();
        long outside = dropped;
        for (Stretch stretch : stretches) {
            LocalDateTime start = time(stretch.from());
            LocalDateTime end = time(stretch.to());
            DenseSpan body = DenseSpan.of(new LocalDateTime[] {start, end}, width -> buckets.apply(width).stream()
                    .filter(b -> b.index() * width + width > stretch.from() && b.index() * width <= stretch.to())
                    .toList());
            outside += body.outside();
            periods.add(new Period(body.start(), body.outside() == 0 ? end : body.end(), stretch.events() - body.outside()));
        }
        periods.sort(Comparator.comparing(Period::start));
        return new Periods(periods, outside);
    }

    /** The period holding the most events (the later one of a tie): the one the main timeline shows. */
    public Period main() {
        return periods.stream().max(Comparator.comparingLong(Period::events).thenComparing(Period::start)).orElseThrow();
    }

    /** The widest empty stretch between two events of a stretch, as a share of it, with the two sides. */
    private record Cut(Stretch stretch, Stretch left, Stretch right, double share) {
    }

    private static Cut widestGap(Stretch stretch, LongFunction<List<Bucket>> counts) {
        long width = Math.max(60, stretch.seconds() / BUCKETS);
        List<Bucket> inside = counts.apply(width).stream()
                .filter(b -> b.count() > 0 && b.index() * width + width > stretch.from() && b.index() * width <= stretch.to())
                .sorted(Comparator.comparingLong(Bucket::index)).toList();
        if (inside.size() < 2) {
            return null;
        }
        int widest = -1;
        long gap = 0;
        for (int i = 1; i < inside.size(); i++) {
            long empty = (inside.get(i).index() - inside.get(i - 1).index() - 1) * width;
            if (empty > gap) {
                gap = empty;
                widest = i;
            }
        }
        if (widest < 0) {
            return null;
        }
        long leftEvents = inside.subList(0, widest).stream().mapToLong(Bucket::count).sum();
        long rightEvents = inside.subList(widest, inside.size()).stream().mapToLong(Bucket::count).sum();
        long leftEnd = (inside.get(widest - 1).index() + 1) * width;
        long rightStart = inside.get(widest).index() * width;
        return new Cut(stretch, new Stretch(stretch.from(), Math.min(stretch.to(), leftEnd), leftEvents),
                new Stretch(Math.max(stretch.from(), rightStart), stretch.to(), rightEvents),
                (double) gap / stretch.seconds());
    }

    private static long seconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    private static LocalDateTime time(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }
}
