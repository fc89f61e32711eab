package org.annalist.timeline.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.annalist.events.EventFilter;
import org.annalist.timeline.DenseSpan;
import org.annalist.timeline.Lanes;
import org.annalist.timeline.Periods;
import org.annalist.timeline.TimelineService;

/**
 * The span that shows the dense body of the filtered events (2nd to 98th percentile of their starts: an event misdated
 * in the year 600 does not stretch it), with a margin; the last ten years when there is none.
 *
 * @param outside how many dated events the span leaves out
 */
record FittedWindow(LocalDateTime start, LocalDateTime end, long outside) {

    /**
     * The windows of the filtered events' periods ({@link Periods}), the main one (most events) first, the others in
     * date order; one window, as {@link #of}, when the events form one period. A period is where its events start; its
     * window reaches to their ends (a year told on 1 January shows the year), never into the next period.
     */
    static List<FittedWindow> periods(TimelineService timeline, EventFilter filter) {
        LocalDateTime[] extent = timeline.extent(filter);
        if (extent == null) {
            return List.of(of(timeline, filter));
        }
        Periods periods = Periods.of(extent, width -> timeline.buckets(filter, width, Lanes.NONE, List.of()));
        if (periods.periods().size() < 2) {
            return List.of(of(timeline, filter));
        }
        List<FittedWindow> windows = new java.util.ArrayList<>();
        List<Periods.Period> all = periods.periods();
        Periods.Period main = periods.main();
        for (int i = 0; i < all.size(); i++) {
            Periods.Period period = all.get(i);
            LocalDateTime end = period.end();
            LocalDateTime[] told = timeline.extent(filter.within(period.start(), period.end()));
            LocalDateTime next = i + 1 < all.size() ? all.get(i + 1).start() : TimeAxis.LAST;
            if (told != null && told[1] != null && told[1].isAfter(end)) {
                end = told[1].isBefore(next) ? told[1] : next;
            }
            FittedWindow window = around(period.start(), end, periods.outside());
            if (period == main) {
                windows.addFirst(window);
            } else {
                windows.add(window);
            }
        }
        return windows;
    }

    /** A span with a margin of a twentieth of it on each side (a day at least). */
    private static FittedWindow around(LocalDateTime start, LocalDateTime end, long outside) {
        LocalDateTime[] inside = TimeAxis.span(start, end);
        Duration span = Duration.between(inside[0], inside[1]);
        Duration margin = span.dividedBy(20).compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : span.dividedBy(20);
        LocalDateTime[] shown = TimeAxis.span(inside[0].minus(margin), inside[1].plus(margin));
        return new FittedWindow(shown[0], shown[1], outside);
    }

    static FittedWindow of(TimelineService timeline, EventFilter filter) {
        return of(timeline, filter, true);
    }

    /** Every filtered event on one axis but for the percentiles' tails (the reader asked for one timeline). */
    static FittedWindow whole(TimelineService timeline, EventFilter filter) {
        return of(timeline, filter, false);
    }

    private static FittedWindow of(TimelineService timeline, EventFilter filter, boolean crowd) {
        LocalDateTime[] extent = timeline.extent(filter);
        if (extent == null) {
            LocalDateTime now = LocalDateTime.now().withNano(0);
            return new FittedWindow(now.minusYears(10), now.plusMonths(6), 0);
        }
        DenseSpan body = DenseSpan.of(extent, width -> timeline.buckets(filter, width, Lanes.NONE, List.of()), crowd);
        return around(body.start(), body.outside() == 0 ? extent[1] : body.end(), body.outside());
    }
}
