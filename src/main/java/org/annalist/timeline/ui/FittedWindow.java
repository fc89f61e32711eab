package org.annalist.timeline.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.annalist.events.EventFilter;
import org.annalist.timeline.DenseSpan;
import org.annalist.timeline.Lanes;
import org.annalist.timeline.TimelineService;

/**
 * The span that shows the dense body of the filtered events (2nd to 98th percentile of their starts: an event misdated
 * in the year 600 does not stretch it), with a margin; the last ten years when there is none.
 *
 * @param outside how many dated events the span leaves out
 */
record FittedWindow(LocalDateTime start, LocalDateTime end, long outside) {

    static FittedWindow of(TimelineService timeline, EventFilter filter) {
        LocalDateTime[] extent = timeline.extent(filter);
        if (extent == null) {
            LocalDateTime now = LocalDateTime.now().withNano(0);
            return new FittedWindow(now.minusYears(10), now.plusMonths(6), 0);
        }
        DenseSpan body = DenseSpan.of(extent, width -> timeline.buckets(filter, width, Lanes.NONE, List.of()));
        LocalDateTime[] inside = TimeAxis.span(body.start(), body.outside() == 0 ? extent[1] : body.end());
        Duration span = Duration.between(inside[0], inside[1]);
        Duration margin = span.dividedBy(20).compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : span.dividedBy(20);
        LocalDateTime[] shown = TimeAxis.span(inside[0].minus(margin), inside[1].plus(margin));
        return new FittedWindow(shown[0], shown[1], body.outside());
    }
}
