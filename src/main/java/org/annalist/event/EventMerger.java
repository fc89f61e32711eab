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

    private EventMerger() {
    }

    /** Whether the event may be one that another document told: dated, to a year or finer. */
    public static boolean mayMerge(ExtractedEvent event) {
        Timex date = event.dateTimex();
        return date != null && date.interval() != null
                && !date.interval().end().isAfter(date.interval().start().plusYears(MAX_YEARS));
    }
}
