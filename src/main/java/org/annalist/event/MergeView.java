package org.annalist.event;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityType;
import org.annalist.temporal.Granularity;

/**
 * What the merge decision knows of an event: its date, the kinds of happening and the words of its passages, and its
 * participants, the specific ones (a person, an organisation, an armed group, a city) apart from the countries, which
 * alone tell little ("en Egypte"); participants are given as their ids with their names in the event's language.
 *
 * @param words      each word's count over the event's passages ({@link MergeWords})
 * @param titleKinds the kinds of happening its title names (the title is built around the predicate the date dates)
 * @param titleWords each word's count in its title
 * @param dateKinds  the kinds of happening named within a few words of its date expression ("déposé par l'armée le 3
 *                   juillet", "les manifestations du 30 juin"): the happening the date dates, of all the passage tells
 */
public record MergeView(String language, LocalDateTime start, LocalDateTime end, Granularity granularity,
                        Set<String> kinds, Map<String, String> specific, Map<String, String> countries,
                        Map<String, Integer> words, Set<String> titleKinds, Map<String, Integer> titleWords,
                        Set<String> dateKinds) {

    public MergeView {
        kinds = Set.copyOf(kinds);
        specific = Map.copyOf(specific);
        countries = Map.copyOf(countries);
        words = Map.copyOf(words);
        titleKinds = Set.copyOf(titleKinds);
        titleWords = Map.copyOf(titleWords);
        dateKinds = Set.copyOf(dateKinds);
    }

    /** The view of an event told by these passages, with these participants (actors and places). */
    public static MergeView of(String language, LocalDateTime start, LocalDateTime end, Granularity granularity,
                               String title, List<String> passages, Collection<Entity> participants,
                               String aroundDate) {
        Set<String> kinds = new TreeSet<>();
        Map<String, Integer> words = new HashMap<>();
        for (String passage : passages) {
            kinds.addAll(EventKinds.of(language).in(passage));
            MergeWords.of(passage, language).forEach((word, count) -> words.merge(word, count, Integer::sum));
        }
        Map<String, String> specific = new HashMap<>();
        Map<String, String> countries = new HashMap<>();
        for (Entity entity : participants) {
            (entity.type() == EntityType.STATE ? countries : specific).put(entity.id(), entity.name(language));
        }
        String titleText = title == null ? "" : title;
        return new MergeView(language, start, end, granularity, kinds, specific, countries, words,
                EventKinds.of(language).in(titleText), MergeWords.of(titleText, language),
                aroundDate == null ? Set.of() : EventKinds.of(language).in(aroundDate));
    }

    /** The view of an event read from a document whose text is given. */
    public static MergeView of(ExtractedEvent event, String text) {
        var interval = event.dateTimex().interval();
        List<Entity> participants = new java.util.ArrayList<>(event.places());
        event.actors().forEach(actor -> participants.add(actor.entity()));
        return of(event.language(), interval.start(), interval.end(), interval.granularity(), event.title(),
                List.of(text.substring(event.passageBegin(), event.passageEnd())), participants, aroundDate(event, text));
    }

    /** Words around an event's date expression, inside its passage; null when the date is not in the passage. */
    public static String aroundDate(ExtractedEvent event, String text) {
        var date = event.timex() != null ? event.timex() : event.dateTimex();
        if (date == null) {
            return null;
        }
        return aroundDate(text.substring(event.passageBegin(), event.passageEnd()), date.begin() - event.passageBegin(),
                date.end() - event.passageBegin());
    }

    /** Words around [dateBegin, dateEnd) of a passage; null when that is not inside it. */
    public static String aroundDate(String passage, int dateBegin, int dateEnd) {
        if (dateBegin < 0 || dateEnd > passage.length() || dateBegin > dateEnd) {
            return null;
        }
        return words(passage, 0, dateBegin, -WINDOW) + " " + words(passage, dateEnd, passage.length(), WINDOW);
    }

    /** Words on each side of a date that may name what it dates. */
    static final int WINDOW = 6;

    /** The last (count < 0) or first {@code |count|} words of text[begin, end). */
    private static String words(String text, int begin, int end, int count) {
        String[] words = text.substring(begin, end).strip().split("\\s+");
        int n = Math.min(words.length, Math.abs(count));
        return String.join(" ", count < 0 ? java.util.Arrays.copyOfRange(words, words.length - n, words.length)
                : java.util.Arrays.copyOfRange(words, 0, n));
    }

    boolean dayOrFiner() {
        return granularity != null && granularity.compareTo(Granularity.DAY) <= 0;
    }
}
