package org.annalist.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.lang.Lexicon;

/**
 * The word lists of one language that the temporal rules use, read from {@code lang/<code>/}: each table becomes a
 * macro for the rules ({@code {month}}, {@code {unit}}...) and a lookup from the matched words to their meaning.
 */
final class TemporalLexicon {

    /** Macro name -> table file. {@code {Month}} and {@code {Weekday}} are the capitalised forms (see Rule). */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("month", "months.txt"), Map.entry("weekday", "weekdays.txt"),
            Map.entry("number", "numbers.txt"), Map.entry("unit", "units.txt"), Map.entry("ordinal", "ordinals.txt"),
            Map.entry("pod", "parts-of-day.txt"), Map.entry("season", "seasons.txt"),
            Map.entry("direction", "directions.txt"), Map.entry("relday", "relative-days.txt"),
            Map.entry("modifier", "modifiers.txt"), Map.entry("approx", "approximations.txt"),
            Map.entry("zone", "time-zones.txt"), Map.entry("clock", "clock-words.txt"),
            Map.entry("vague", "vague-amounts.txt"), Map.entry("period", "reporting-periods.txt"),
            Map.entry("holiday", "holidays.txt"), Map.entry("edge", "day-edges.txt"));

    private final String language;
    private final Map<String, Map<String, String>> tables = new HashMap<>();
    private final Set<String> stopwords;
    private final Set<String> trapUnits;
    private final Set<String> trapPrefixes;
    private final Set<String> yearPrepositions;
    private final List<String> deadlineWords;
    private final Set<String> weakYearPrepositions;
    private final Set<String> amountWords;
    private final Set<String> numberLinks;
    private final Set<String> yearDeterminers;
    private final Set<String> numberArticles;
    private final List<Pattern> future = new ArrayList<>();
    private final List<Pattern> weakFuture = new ArrayList<>();
    private final List<Pattern> futureBefore = new ArrayList<>();
    private final List<Pattern> past = new ArrayList<>();
    private final List<Pattern[]> ages = new ArrayList<>();

    TemporalLexicon(String language) {
        this.language = language;
        Lexicon lexicon = Lexicon.of(language);
        TABLES.forEach((macro, file) -> {
            Map<String, String> table = new LinkedHashMap<>();
            lexicon.table(file).forEach((key, value) -> table.put(normalize(key), value));
            tables.put(macro, table);
        });
        stopwords = lexicon.words("stopwords.txt");
        trapUnits = lexicon.words("trap-units.txt");
        trapPrefixes = lexicon.words("trap-prefixes.txt");
        yearPrepositions = lexicon.words("year-prepositions.txt");
        deadlineWords = lexicon.words("deadline-words.txt").stream().map(w -> w.toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
        weakYearPrepositions = lexicon.words("weak-year-prepositions.txt");
        amountWords = lexicon.words("amount-words.txt");
        numberLinks = lexicon.words("number-links.txt");
        yearDeterminers = lexicon.words("year-determiners.txt");
        numberArticles = lexicon.words("number-articles.txt");
        for (String regex : lexicon.lines("future.txt")) {
            // "~": a weak future, the conditional of reported plans; "<": a plan, counted only before the expression.
            List<Pattern> list = regex.startsWith("~") ? weakFuture : regex.startsWith("<") ? futureBefore : future;
            list.add(Pattern.compile(regex.startsWith("~") || regex.startsWith("<") ? regex.substring(1) : regex,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String line : lexicon.lines("ages.txt")) {
            String[] sides = line.split("\\s*\\|\\|\\|\\s?", 2);
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
            ages.add(new Pattern[] {sides[0].isBlank() ? null : Pattern.compile("(?:" + sides[0].strip() + ")$", flags),
                    sides.length < 2 || sides[1].isBlank() ? null : Pattern.compile(sides[1], flags)});
        }
        for (String regex : lexicon.lines("past.txt")) {
            past.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
        }
    }

    String language() {
        return language;
    }

    /** The regular expression (no capturing group) a macro stands for in the rules. */
    Optional<String> macro(String name) {
        boolean capitalised = Character.isUpperCase(name.charAt(0));
        Map<String, String> table = tables.get(name.toLowerCase(Locale.ROOT));
        if (table == null) {
            return Optional.empty();
        }
        if (name.equals("number")) {
            // Number words, joined by hyphens, spaces or the language's links ("vingt et un"); an article ("a") only
            // opens a number. Digits may take a fraction ("5 1/2 hours").
            String word = alternation(table, false, false);
            Map<String, String> continuing = new LinkedHashMap<>(table);
            continuing.keySet().removeAll(numberArticles);
            String next = alternation(continuing, false, false);
            String link = numberLinks.isEmpty() ? "" : "(?:" + new RegexTrie(List.copyOf(numberLinks), Set.of()).regex() + "(?:-|\\s+))?";
            return Optional.of("(?:\\d+(?:\\s+[1-3]/[24]|[.,]\\d)?|" + word + "(?:(?:-|\\s+)" + link + next + "){0,3})");
        }
        String alternatives = alternation(table, capitalised, name.equalsIgnoreCase("month") || name.equalsIgnoreCase("weekday"));
        return Optional.of(alternatives);
    }

    /** Every word of the table, as a trie; in month and weekday names an abbreviation ("janv") may take a period. */
    private static String alternation(Map<String, String> table, boolean capitalised, boolean abbreviations) {
        List<String> words = new ArrayList<>();
        Set<String> shortened = new java.util.HashSet<>();
        for (String word : table.keySet()) {
            String shown = capitalised ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
            words.add(shown);
            if (abbreviations && isAbbreviation(table, word)) {
                shortened.add(shown);
            }
        }
        return new RegexTrie(words, shortened).regex();
    }

    private static boolean isAbbreviation(Map<String, String> table, String word) {
        return table.entrySet().stream().anyMatch(entry -> entry.getKey().length() > word.length()
                && entry.getKey().startsWith(word) && entry.getValue().equals(table.get(word)));
    }

    /** The meaning of matched words in a table ({@code "janvier"} in {@code month} gives {@code "1"}). */
    Optional<String> lookup(String macro, String words) {
        if (words == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(tables.get(macro).get(normalize(words)));
    }

    Map<String, String> table(String macro) {
        return tables.get(macro);
    }

    /** The words that join two number words ({@code number-links.txt}: "et" in French). */
    Set<String> numberLinks() {
        return numberLinks;
    }

    boolean isStopword(String word) {
        return stopwords.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isTrapUnit(String word) {
        return trapUnits.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isTrapPrefix(String word) {
        return trapPrefixes.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isAmountWord(String words) {
        return amountWords.contains(normalize(words));
    }

    boolean isWeakYearPreposition(String word) {
        return weakYearPrepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isYearDeterminer(String word) {
        return yearDeterminers.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Where a deadline word ({@code deadline-words.txt}: "until", "by", "d'ici") is: {@code Integer.MAX_VALUE} when it
     * opens {@code expression}, its offset in {@code before} when it ends it, else -1 (both lower case).
     */
    int deadlineStart(String before, String expression) {
        String end = before.replace('’', '\'').stripTrailing();
        for (String word : deadlineWords) {
            if (expression.replace('’', '\'').startsWith(word + " ")) {
                return Integer.MAX_VALUE;
            }
            int at = end.length() - word.length();
            if (end.endsWith(word) && (at == 0 || !Character.isLetter(end.charAt(at - 1)))) {
                return at;
            }
        }
        return -1;
    }

    /** The length of the deadline word the expression opens with and the space after it ("until Thursday"), else 0. */
    int leadingDeadlineWord(String expression) {
        String text = expression.replace('’', '\'');
        for (String word : deadlineWords) {
            if (text.startsWith(word + " ")) {
                return word.length() + 1;
            }
        }
        return 0;
    }

    boolean isYearPreposition(String word) {
        return yearPrepositions.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isFuture(CharSequence clause) {
        for (Pattern pattern : future) {
            if (pattern.matcher(clause).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number of years between {@code before} and {@code after} is a person's age (ages.txt). */
    boolean isAge(CharSequence before, CharSequence after) {
        for (Pattern[] context : ages) {
            if ((context[0] == null || context[0].matcher(before).find())
                    && (context[1] == null || context[1].matcher(after).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tense of the verb nearest an expression, given the clause before it and after it, in lower case: "a annoncé
     * vendredi que les troupes seront" is past. At the same distance the future wins (reported speech: "said it will").
     */
    Tense tense(CharSequence before, CharSequence after, boolean weakFutureCounts) {
        Tenses lower = lowerCase();
        int future = Math.min(Math.min(distanceBefore(lower.future, before), distanceAfter(lower.future, after)),
                distanceBefore(lower.futureBefore, before));
        if (weakFutureCounts) {
            future = Math.min(future, Math.min(distanceBefore(lower.weakFuture, before), distanceAfter(lower.weakFuture, after)));
        }
        int past = Math.min(distanceBefore(lower.past, before), distanceAfter(lower.past, after));
        if (future == Integer.MAX_VALUE && past == Integer.MAX_VALUE) {
            return Tense.UNMARKED;
        }
        return future <= past ? Tense.FUTURE : Tense.PAST;
    }

    /**
     * How many characters separate the last verb form of {@code tense} in {@code before} (lower case) from its end
     * (MAX if none).
     */
    int distanceBefore(Tense tense, CharSequence before) {
        Tenses lower = lowerCase();
        return tense == Tense.PAST ? distanceBefore(lower.past, before)
                : Math.min(distanceBefore(lower.future, before), distanceBefore(lower.futureBefore, before));
    }

    /** The tense patterns by list, for a lower-cased text. */
    private record Tenses(List<Pattern> future, List<Pattern> weakFuture, List<Pattern> futureBefore, List<Pattern> past) {
    }

    /** Made on first use (racing threads make equal ones). */
    private volatile Tenses lowerCaseTenses;

    /**
     * The tense patterns for a lower-cased text, without case folding: as the rules are matched, several times
     * faster than folding case at every character of every alternative.
     */
    private Tenses lowerCase() {
        Tenses tenses = lowerCaseTenses;
        if (tenses == null) {
            lowerCaseTenses = tenses = new Tenses(lowerCase(future), lowerCase(weakFuture), lowerCase(futureBefore), lowerCase(past));
        }
        return tenses;
    }

    private static List<Pattern> lowerCase(List<Pattern> patterns) {
        return patterns.stream().map(p -> Pattern.compile(boundaryFirst(RuleSet.lowerCaseLiterals(p.pattern())),
                p.flags() & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))).toList();
    }

    /**
     * A pattern that starts, after its lookbehinds, at a word boundary ("(?<!\\bbe\\s)\\b...") with that boundary
     * first: the same matches, but the lookbehinds, costly at every position, are tried at word starts only.
     */
    static String boundaryFirst(String source) {
        int at = 0;
        while (source.startsWith("(?<!", at) || source.startsWith("(?<=", at)) {
            int depth = 0;
            int i = at;
            do {
                char c = source.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                i++;
            } while (depth > 0 && i < source.length());
            at = i;
        }
        return at > 0 && source.startsWith("\\b", at) ? "\\b" + source : source;
    }

    private static int distanceBefore(List<Pattern> patterns, CharSequence before) {
        int best = Integer.MAX_VALUE;
        for (Pattern pattern : patterns) {
            java.util.regex.Matcher m = pattern.matcher(before);
            while (m.find()) {
                best = Math.min(best, before.length() - m.end());
            }
        }
        return best;
    }

    private static int distanceAfter(List<Pattern> patterns, CharSequence after) {
        int best = Integer.MAX_VALUE;
        for (Pattern pattern : patterns) {
            java.util.regex.Matcher m = pattern.matcher(after);
            if (m.find()) {
                best = Math.min(best, m.start());
            }
        }
        return best;
    }

    /** Lower case, one space between words, typographic apostrophe as ASCII, no trailing period. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String normalize(String words) {
        String text = SPACES.matcher(words.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ").strip();
        return text.endsWith(".") && text.length() > 1 ? text.substring(0, text.length() - 1) : text;
    }
}
