package org.annalist.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.annalist.event.DateHow;
import org.annalist.event.Polarity;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.TimexMod;

/** An event as stored, with what a timeline, a grid or an export shows of it. */
public record StoredEvent(long id, String title, LocalDateTime start, LocalDateTime end, Granularity granularity,
                          String timexValue, TimexMod timexMod, String dateText, DateHow dateHow, String explanation,
                          Polarity polarity, double confidence, Origin origin, List<Named> actors, List<Named> places,
                          List<String> regions, List<Source> sources, double salience, List<Merge> merges,
                          String note) {

    /** An event as read before merges and salience were kept (tests, exports of hand-made events). */
    public StoredEvent(long id, String title, LocalDateTime start, LocalDateTime end, Granularity granularity,
                       String timexValue, TimexMod timexMod, String dateText, DateHow dateHow, String explanation,
                       Polarity polarity, double confidence, Origin origin, List<Named> actors, List<Named> places,
                       List<String> regions, List<Source> sources) {
        this(id, title, start, end, granularity, timexValue, timexMod, dateText, dateHow, explanation, polarity,
                confidence, origin, actors, places, regions, sources, 0, new java.util.ArrayList<>(), null);
    }

    /** Why the event gained a document's passage: the merge decision's score and reasons. */
    public record Merge(long documentId, String documentTitle, double score, String reasons) {
    }

    /**
     * An entity with its canonical name (in the language it was first named in), its names by language and, for actors,
     * its role.
     */
    public record Named(String id, String name, String type, String role, Map<String, String> names) {

        public Named {
            names = Map.copyOf(names);
        }

        public Named(String id, String name, String type, String role) {
            this(id, name, type, role, Map.of());
        }

        /** Its name in a language, or the canonical one when it has none there. */
        public String name(String language) {
            return names.getOrDefault(language, name);
        }
    }

    /**
     * A passage of a document that tells the event, with the date that passage gives and where its date expression is
     * (null offsets: the passage has no date of its own).
     */
    public record Source(long documentId, String documentTitle, String outlet, LocalDate published, int passageBegin,
                         int passageEnd, String passage, String timexValue, Integer timexBegin, Integer timexEnd) {
    }

    /**
     * Who made the event as it stands: extraction, a person's correction of it, or a person who added it by hand
     * (re-extraction never replaces either of the last two).
     */
    public enum Origin { EXTRACTED, EDITED, ADDED }

    /**
     * Whether its sources give different dates (each keeps its own value): the event is then shown as "sources
     * disagree", with each source's date.
     */
    public boolean sourcesDisagree() {
        return datesDisagree() || !tollsDisagreeing().isEmpty();
    }

    /** Whether its sources give different dates. */
    public boolean datesDisagree() {
        return sources.stream().map(Source::timexValue).filter(java.util.Objects::nonNull).distinct().count() > 1;
    }

    /**
     * The tolls its sources disagree on ("37 morts" in one, "53 morts" in another): by kind, each source's number
     * (sources that give none are left out), in the sources' order; empty when they agree or give none.
     */
    public java.util.Map<org.annalist.event.Tolls.Kind, List<Long>> tollsDisagreeing() {
        java.util.Map<org.annalist.event.Tolls.Kind, List<Long>> byKind = new java.util.EnumMap<>(org.annalist.event.Tolls.Kind.class);
        for (Source source : sources) {
            org.annalist.event.Tolls.of(source.passage()).forEach((kind, number) ->
                    byKind.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(number));
        }
        byKind.values().removeIf(numbers -> numbers.stream().distinct().count() < 2);
        return byKind;
    }

    /** How many documents tell this event. */
    public int corroboration() {
        return (int) sources.stream().mapToLong(Source::documentId).distinct().count();
    }
}
