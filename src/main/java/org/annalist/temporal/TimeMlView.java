package org.annalist.temporal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.lang.Lexicon;

/**
 * What the tagger's expressions are as TimeML TIMEX3 (see {@code TIMEX-CASES.md}, "TimeML output"). The tagger keeps
 * its own reading for the timeline (a range as one interval, prepositions in the span, "aujourd'hui" as
 * PRESENT_REF); TimeML output and TempEval scoring use this one:
 * <ul>
 * <li>prepositions before an expression are SIGNALs, outside the TIMEX3 ({@code timeml-signals.txt});</li>
 * <li>a range is two TIMEX3, one for each end ({@code timeml-range-links.txt});</li>
 * <li>a date followed by ", à 14 h" is a DATE and a TIME ({@code timeml-clock-links.txt});</li>
 * <li>"aujourd'hui", "today" take the creation date as value ({@code timeml-today.txt});</li>
 * <li>PRESENT_REF, PAST_REF, FUTURE_REF are of the type the language's annotation gives them
 * ({@code timeml-conventions.txt}: TIME in French TimeBank, DATE in TimeBank).</li>
 * </ul>
 */
public final class TimeMlView {

    private static final Map<String, Conventions> CONVENTIONS = new ConcurrentHashMap<>();

    private TimeMlView() {
    }

    /** The TIMEX3 TimeML annotates for these expressions of a text in {@code language}. */
    public static List<TimeMlTimex> of(List<Timex> timexes, String text, String language) {
        Conventions conventions = CONVENTIONS.computeIfAbsent(language.toLowerCase(Locale.ROOT), Conventions::new);
        List<TimeMlTimex> out = new ArrayList<>(timexes.size());
        for (Timex timex : timexes) {
            conventions.annotate(timex, text, out);
        }
        return out;
    }

    /** The expressions as the tagger reads them (ranges as one, PRESENT_REF), for Annalist's own corpora. */
    public static List<TimeMlTimex> asIs(List<Timex> timexes) {
        List<TimeMlTimex> out = new ArrayList<>(timexes.size());
        for (Timex timex : timexes) {
            out.add(new TimeMlTimex(timex.begin(), timex.end(), timex.text(), timex.type(), timex.value(), timex.mod(), timex.anchor()));
        }
        return out;
    }

    /** The word lists of one language. */
    private static final class Conventions {

        private final List<String> signals;
        private final Pattern rangeLink;
        private final Pattern clockLink;
        private final List<String> today;
        private final List<Pattern> leftOut;
        private final List<Pattern> extentOut;
        private final TimexType referenceType;

        Conventions(String language) {
            Lexicon lexicon = Lexicon.of(language);
            signals = lexicon.words("timeml-signals.txt").stream()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
            rangeLink = links(lexicon.words("timeml-range-links.txt").stream().toList(), "");
            List<String> clock = lexicon.words("timeml-clock-links.txt").stream().toList();
            clockLink = clock.isEmpty() ? null : Pattern.compile("\\s*,\\s*(?:" + String.join("|",
                    clock.stream().map(Pattern::quote).toList()) + ")\\s+(?=\\d)");
            today = List.copyOf(lexicon.words("timeml-today.txt"));
            extentOut = lexicon.lines("timeml-extent-out.txt").stream()
                    .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
            leftOut = lexicon.lines("timeml-left-out.txt").stream()
                    .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
            referenceType = TimexType.valueOf(lexicon.table("timeml-conventions.txt").getOrDefault("reference-type", "DATE"));
        }

        private static Pattern links(List<String> words, String after) {
            if (words.isEmpty()) {
                return null;
            }
            List<String> alternatives = words.stream().map(w -> w.chars().allMatch(Character::isLetter)
                    ? "\\s+" + Pattern.quote(w) + "\\s+" : "\\s*" + Pattern.quote(w) + "\\s*").toList();
            return Pattern.compile("(?:" + String.join("|", alternatives) + ")" + after,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }

        void annotate(Timex timex, String text, List<TimeMlTimex> out) {
            for (Pattern pattern : leftOut) {
                Matcher m = pattern.matcher(text);
                m.region(timex.begin(), text.length());
                if (m.lookingAt()) {
                    return;
                }
            }
            int slash = timex.value().indexOf('/');
            if (slash > 0 && rangeLink != null && range(timex, slash, out)) {
                return;
            }
            if (timex.type() == TimexType.TIME && clockLink != null && dateAndClock(timex, out)) {
                return;
            }
            String value = presentAsDay(timex, text);
            TimexType type = value.endsWith("_REF") ? referenceType : timex.type();
            add(timex.begin(), timex.text(), type, value, timex.mod(), timex.anchor(), out);
        }

        /** "du 19 au 23 juillet": "19" (1999-07-19) and "23 juillet" (1999-07-23). */
        private boolean range(Timex timex, int slash, List<TimeMlTimex> out) {
            Matcher link = rangeLink.matcher(timex.text());
            int at = -1;
            int after = -1;
            while (link.find()) {
                if (link.start() > 0 && link.end() < timex.text().length()) {
                    at = link.start();
                    after = link.end();
                }
            }
            if (at < 0) {
                return false;
            }
            String[] values = {timex.value().substring(0, slash), timex.value().substring(slash + 1)};
            add(timex.begin(), timex.text().substring(0, at), type(values[0]), values[0], null, timex.anchor(), out);
            add(timex.begin() + after, timex.text().substring(after), type(values[1]), values[1], null, timex.anchor(), out);
            return true;
        }

        /** "lundi 17 février, à 14 h 30" (after a comma, the time attaches to the verb): the DATE "lundi 17 février" and the TIME "14 h 30". */
        private boolean dateAndClock(Timex timex, List<TimeMlTimex> out) {
            int t = timex.value().indexOf('T');
            Matcher link = clockLink.matcher(timex.text());
            if (t != 10 || !link.find() || link.start() == 0) {
                return false;
            }
            add(timex.begin(), timex.text().substring(0, link.start()), TimexType.DATE, timex.value().substring(0, t), null,
                    timex.anchor(), out);
            add(timex.begin() + link.end(), timex.text().substring(link.end()), TimexType.TIME, timex.value(), timex.mod(),
                    timex.anchor(), out);
            return true;
        }

        /**
         * "aujourd'hui" is the day of the story, unless it opens a sentence, set off by a comma, to contrast the
         * present with the past ("Aujourd'hui, la ville a changé").
         */
        private String presentAsDay(Timex timex, String text) {
            boolean contrast = timex.end() < text.length() && text.charAt(timex.end()) == ','
                    && text.substring(0, timex.begin()).matches("(?s).*(?:[.!?»:]\\s*|\\n\\s*|^\\s*)");
            if (timex.value().equals("PRESENT_REF") && timex.interval() != null && !contrast
                    && today.contains(TemporalLexicon.normalize(trimmedText(timex.text())))) {
                return timex.interval().start().toLocalDate().toString();
            }
            return timex.value();
        }

        /** Adds the expression without its leading prepositions (when something is left). */
        private void add(int begin, String text, TimexType type, String value, TimexMod mod, Anchor anchor,
                         List<TimeMlTimex> out) {
            String trimmed = trimmedText(text);
            int start = begin + text.length() - trimmed.length();
            String kept = trimmed.stripTrailing();
            out.add(new TimeMlTimex(start, start + kept.length(), kept, type, value, mod, anchor));
        }

        private String trimmedText(String text) {
            String rest = text.stripLeading();
            boolean dropped = true;
            while (dropped) {
                dropped = false;
                String lower = rest.toLowerCase(Locale.ROOT).replace('’', '\'');
                for (String signal : signals) {
                    if (lower.startsWith(signal) && lower.length() > signal.length()) {
                        char next = lower.charAt(signal.length());
                        boolean boundary = signal.endsWith("'") || Character.isWhitespace(next);
                        if (boundary) {
                            rest = rest.substring(signal.length()).stripLeading();
                            dropped = true;
                            break;
                        }
                    }
                }
            }
            for (Pattern pattern : extentOut) {
                Matcher m = pattern.matcher(rest);
                if (m.lookingAt() && m.end() < rest.length()) {
                    rest = rest.substring(m.end());
                }
            }
            return rest.isEmpty() ? text.strip() : rest;
        }

        private static TimexType type(String value) {
            return value.length() > 10 && value.charAt(10) == 'T' ? TimexType.TIME : TimexType.DATE;
        }
    }
}
