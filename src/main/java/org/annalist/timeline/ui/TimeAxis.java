package org.annalist.timeline.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The span the timeline can draw: years 1 to 9999. JavaScript's date strings have four-digit years (beyond them, and
 * before year 0, {@code Date.parse} gives NaN and vis-timeline draws nothing): whatever the database holds (a row
 * written by an older version, by hand, or by another tool) is clamped into that span before it reaches the browser.
 */
final class TimeAxis {

    static final LocalDateTime FIRST = LocalDateTime.of(1, 1, 1, 0, 0);
    static final LocalDateTime LAST = LocalDateTime.of(9999, 12, 31, 23, 59, 59);
    /** Far enough beyond the axis for any row a database holds, near enough for epoch-second arithmetic. */
    static final LocalDateTime BEYOND_FIRST = LocalDateTime.of(-999_999, 1, 1, 0, 0);
    static final LocalDateTime BEYOND_LAST = LocalDateTime.of(999_999, 1, 1, 0, 0);
    private static final DateTimeFormatter JS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private TimeAxis() {
    }

    static LocalDateTime clamp(LocalDateTime time) {
        if (time == null) {
            return null;
        }
        return time.isBefore(FIRST) ? FIRST : time.isAfter(LAST) ? LAST : time;
    }

    /** An ISO date-time JavaScript parses: four-digit year, seconds included. */
    static String js(LocalDateTime time) {
        return time == null ? null : JS.format(clamp(time));
    }

    /** A span inside the axis, at least one second long. */
    static LocalDateTime[] span(LocalDateTime start, LocalDateTime end) {
        LocalDateTime s = clamp(start);
        LocalDateTime e = clamp(end);
        if (!s.isBefore(e)) {
            e = s.equals(LAST) ? LAST : s.plusSeconds(1);
            s = e.minusSeconds(1);
        }
        return new LocalDateTime[] {s, e};
    }

    static boolean inside(LocalDateTime time) {
        return time != null && !time.isBefore(FIRST) && !time.isAfter(LAST);
    }
}
