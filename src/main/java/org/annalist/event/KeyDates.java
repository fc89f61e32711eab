package org.annalist.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A topic's key dates: the distinct days of its most salient events, and how they compare with a reference timeline
 * (Date-F1, as the timeline-summarisation literature scores date selection).
 */
public final class KeyDates {

    private KeyDates() {
    }

    /** The {@code n} days with the highest scores (ties: the earlier day first). */
    public static List<LocalDate> top(Map<LocalDate, Double> scores, int n) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<LocalDate, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Each day's score: its most salient event's salience. */
    public static Map<LocalDate, Double> byMostSalientEvent(Map<LocalDate, List<Double>> saliences) {
        Map<LocalDate, Double> days = new HashMap<>();
        saliences.forEach((day, values) -> days.put(day, values.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        return days;
    }

    /** Precision, recall and F1 of the chosen days against the reference days. */
    public record DateScore(int chosen, int reference, int both) {

        public double precision() {
            return chosen == 0 ? 0 : (double) both / chosen;
        }

        public double recall() {
            return reference == 0 ? 0 : (double) both / reference;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static DateScore score(List<LocalDate> chosen, Set<LocalDate> reference) {
        Set<LocalDate> distinct = new LinkedHashSet<>(chosen);
        int both = (int) distinct.stream().filter(reference::contains).count();
        return new DateScore(distinct.size(), reference.size(), both);
    }

    /** Days ordered by a count (articles published, events): the baselines. */
    public static Map<LocalDate, Double> counts(List<LocalDate> days) {
        Map<LocalDate, Double> counts = new HashMap<>();
        days.forEach(day -> counts.merge(day, 1.0, Double::sum));
        return counts;
    }

    /** The days of a reference timeline: its lines that are ISO dates ({@code 2011-01-25}), in order, once each. */
    public static List<LocalDate> referenceDays(List<String> lines) {
        List<LocalDate> days = new ArrayList<>();
        for (String line : lines) {
            String value = line.strip();
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(value);
                if (!days.contains(day)) {
                    days.add(day);
                }
            }
        }
        days.sort(Comparator.naturalOrder());
        return days;
    }
}
