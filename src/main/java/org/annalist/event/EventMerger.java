package org.annalist.event;


import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.annalist.temporal.TimeInterval;
import org.annalist.temporal.Timex;

/**
 * Whether an event read in a document is one that another document already told: the merge policy, without the
 * database. The store asks {@link #search} what to look for, finds the stored events that match it (dates overlapping,
 * an actor or place in common, not from the same document), and {@link #choose} picks the one that tells the same
 * thing: compatible dates (one interval inside the other) and titles that share words ({@link EventSimilarity}).
 */
public final class EventMerger {

    /**
     * Only events dated to a year or finer merge: two mentions of "the 1990s" are not one event, and the bound keeps the
     * search for a twin event to a narrow range of the interval index.
     */
    public static final int MAX_YEARS = 1;

    private EventMerger() {
    }

    /**
     * What a stored twin of an event must have: a start in [{@code lowestStart}, {@code end}), an end after
     * {@code start}, one of the entities.
     */
    public record Search(LocalDateTime start, LocalDateTime end, LocalDateTime lowestStart, List<String> entityIds) {

        public Search {
            entityIds = List.copyOf(entityIds);
        }
    }

    /** A stored event that may be the same. */
    public record Candidate(long id, String title, LocalDateTime start, LocalDateTime end) {
    }

    /** Whether the event may be one that another document told: dated, to a year or finer. */
    public static boolean mayMerge(ExtractedEvent event) {
        Timex date = event.dateTimex();
        return date != null && date.interval() != null
                && !date.interval().end().isAfter(date.interval().start().plusYears(MAX_YEARS));
    }

    /** What to look for, or empty when the event cannot merge (undated, coarser than a year, no actor or place). */
    public static Optional<Search> search(ExtractedEvent event) {
        Timex date = event.dateTimex();
        if (date == null || date.interval() == null) {
            return Optional.empty();
        }
        TimeInterval interval = date.interval();
        if (interval.end().isAfter(interval.start().plusYears(MAX_YEARS))) {
            return Optional.empty();
        }
        List<String> entityIds = new ArrayList<>();
        event.actors().forEach(a -> entityIds.add(a.entity().id()));
        event.places().forEach(p -> entityIds.add(p.id()));
        if (entityIds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Search(interval.start(), interval.end(), interval.start().minusYears(MAX_YEARS), entityIds));
    }

    /** The candidate that tells the same event, the first in the order given; empty when none does. */
    public static OptionalLong choose(ExtractedEvent event, List<Candidate> candidates) {
        TimeInterval date = event.dateTimex().interval();
        for (Candidate candidate : candidates) {
            if (EventSimilarity.compatible(candidate.start(), candidate.end(), date.start(), date.end())
                    && EventSimilarity.sameTitle(candidate.title(), event.title())) {
                return OptionalLong.of(candidate.id());
            }
        }
        return OptionalLong.empty();
    }
}
