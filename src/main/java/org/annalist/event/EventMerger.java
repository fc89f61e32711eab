package org.annalist.event;

import org.annalist.temporal.Timex;

/**
 * Which events may be one that another document already told: dated, to a year or finer. Whether they are is
 * {@link MergeDecision}'s to say.
 */
public final class EventMerger {

    /**
     * Only events dated to a year or finer merge: two mentions of "the 1990s" are not one event, and the bound keeps the
     * search for a twin event to a narrow range of the interval index.
     */
    public static final int MAX_YEARS = 1;

    /**
     * Two dates one inside the other may tell one event when the wider is at most this many times as long (a day in
     * its month, a month in its quarter), not a day in its year: "in 2015" and "on 3 March 2015" are rarely one
     * event, and comparing a year's events with every day of it made ingestion five times slower.
     */
    public static final int MAX_RATIO = 31;

    private EventMerger() {
    }

    /** Whether two dates may tell one event: one inside the other, the wider at most {@link #MAX_RATIO} times as long. */
    public static boolean comparable(java.time.LocalDateTime start1, java.time.LocalDateTime end1,
                                     java.time.LocalDateTime start2, java.time.LocalDateTime end2) {
        if (!EventSimilarity.compatible(start1, end1, start2, end2)) {
            return false;
        }
        long first = java.time.Duration.between(start1, end1).toSeconds();
        long second = java.time.Duration.between(start2, end2).toSeconds();
        return Math.max(first, second) <= (long) MAX_RATIO * Math.max(1, Math.min(first, second));
    }

    /** Whether the event may be one that another document told: dated, to a year or finer. */
    public static boolean mayMerge(ExtractedEvent event) {
        Timex date = event.dateTimex();
        return date != null && date.interval() != null
                && !date.interval().end().isAfter(date.interval().start().plusYears(MAX_YEARS));
    }
}
