package org.annalist.event;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.temporal.Granularity;

/**
 * How much an event matters in a corpus, for its key events and key dates. The timeline-summarisation literature's
 * strongest plain signal is how much the articles speak of a day: every document that names a day adds to it, more when
 * it names the date as a calendar date ("le 3 juillet", not "mercredi") and when it does so in its first lines, where an
 * article says what it is about, and the articles published days later that still name it are the ones that make it a
 * key date. An event adds its own sources and outlets, its participants' prominence and its date's precision.
 */
public final class Salience {

    /** What one document says of one day: the strongest of its mentions of that day. */
    public record DayMention(LocalDate day, boolean calendarDate, boolean inLead) {

        double weight() {
            return (calendarDate ? 1.0 : 0.5) * (inLead ? 1.5 : 1.0);
        }
    }

    /** One event as salience weighs it. */
    public record EventFacts(long id, LocalDate day, Granularity granularity, int sources, int outlets,
                             int participantDocuments) {
    }

    /** The text of an article's first lines: a mention before this many characters of the body is "in the lead". */
    public static final int LEAD = 600;

    private Salience() {
    }

    /** How much the documents speak of each day: per document the strongest mention of the day, summed. */
    public static Map<LocalDate, Double> attention(List<List<DayMention>> documents) {
        Map<LocalDate, Double> attention = new HashMap<>();
        for (List<DayMention> mentions : documents) {
            Map<LocalDate, Double> strongest = new HashMap<>();
            for (DayMention mention : mentions) {
                strongest.merge(mention.day(), mention.weight(), Math::max);
            }
            strongest.forEach((day, weight) -> attention.merge(day, weight, Double::sum));
        }
        return attention;
    }

    /** Whether a date expression names a calendar date (it has digits: "le 3 juillet", "03/07/2013"), not "mercredi". */
    public static boolean calendarDate(String expression) {
        return expression != null && expression.chars().anyMatch(Character::isDigit);
    }

    /** An event's salience: the attention its day gets and its own sources, scaled by its date's precision. */
    public static double of(EventFacts event, Map<LocalDate, Double> attention) {
        double dayAttention = event.day() == null ? 0 : attention.getOrDefault(event.day(), 0.0);
        double own = log2(1 + event.sources()) + 0.5 * log2(1 + event.outlets()) + 0.1 * log2(1 + event.participantDocuments());
        return precision(event.granularity()) * (dayAttention + own);
    }

    /** A day-precise event can be a key date; a month, a year, much less. */
    static double precision(Granularity granularity) {
        if (granularity == null) {
            return 0;
        }
        return switch (granularity) {
            case MINUTE, HOUR, PART_OF_DAY, DAY -> 1.0;
            case WEEK -> 0.5;
            case MONTH -> 0.3;
            default -> 0.1;
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
