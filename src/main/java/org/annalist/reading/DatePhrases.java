package org.annalist.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annalist.lang.Lexicon;

/**
 * Calendar dates as datelines write them, in every known language: {@code 29 janvier 2021}, {@code 1er mars 2019},
 * {@code January 29, 2021}, {@code 29 Jan. 2021}, {@code 2021-01-29}. Month names come from each language's
 * {@code months.txt}. (Temporal expressions in running text are the temporal tagger's job, not this class's.)
 */
final class DatePhrases {

    private final Map<String, Integer> months = new HashMap<>();
    private final Pattern date;

    DatePhrases() {
        for (String language : Lexicon.languages()) {
            Lexicon.of(language).table("months.txt")
                    .forEach((name, number) -> months.put(name.toLowerCase(Locale.ROOT), Integer.valueOf(number)));
        }
        String monthNames = months.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String day = "(?<%s>[0-3]?\\d)(?:er|re|st|nd|rd|th|º)?";
        String year = "(?<%s>\\d{4})";
        this.date = Pattern.compile(
                "(?:" + day.formatted("d1") + "\\s+(?<m1>" + monthNames + ")\\.?,?\\s+" + year.formatted("y1") + ")"
                        + "|(?:(?<m2>" + monthNames + ")\\.?\\s+" + day.formatted("d2") + ",?\\s+" + year.formatted("y2") + ")"
                        + "|(?:" + year.formatted("y3") + "-(?<m3>[01]\\d)-(?<d3>[0-3]\\d))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A regular expression (without groups of its own) matching one date phrase, for embedding in other patterns. */
    String regex() {
        return date.pattern();
    }

    int flags() {
        return date.flags();
    }

    /** The date if the whole of {@code phrase} is one. */
    Optional<LocalDate> parse(String phrase) {
        Matcher m = date.matcher(phrase.strip());
        return m.matches() ? toDate(m) : Optional.empty();
    }

    /** The date matched by the groups of {@link #regex()} inside a larger pattern's match. */
    Optional<LocalDate> toDate(Matcher m) {
        try {
            for (int i = 1; i <= 3; i++) {
                String year = m.group("y" + i);
                if (year != null) {
                    String month = m.group("m" + i);
                    int monthNumber = i == 3 ? Integer.parseInt(month) : months.get(month.toLowerCase(Locale.ROOT));
                    return Optional.of(LocalDate.of(Integer.parseInt(year), monthNumber,
                            Integer.parseInt(m.group("d" + i))));
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
