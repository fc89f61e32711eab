package org.annalist.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.annalist.lang.Lexicon;
import org.annalist.lang.LanguageDetector;

/**
 * Finds the temporal expressions of a text and normalizes them against the document creation time (DCT).
 *
 * <p>Recognition: every rule of the language ({@code lang/<code>/timex-rules.txt}) is matched over the text; matches
 * that are numbers of something else (1350 km, Article 51) are dropped; among overlapping matches the longest wins.
 * Resolution: in text order, each match is interpreted by its rule kind, against the DCT or, for expressions such
 * as "le lendemain" or "two years later", against the dates before it. Deterministic and thread-safe.
 */
public final class TemporalTagger {

    private static final TemporalTagger STANDARD = new TemporalTagger();

    private final Map<String, RuleSet> rules = new ConcurrentHashMap<>();
    private final List<String> languages = Lexicon.languages().stream()
            .filter(language -> !Lexicon.of(language).lines("timex-rules.txt").isEmpty()).toList();
    private final Interpreter interpreter = new Interpreter(new NattyAdapter());
    private final LanguageDetector detector = new LanguageDetector();

    public static TemporalTagger standard() {
        return STANDARD;
    }

    /** The languages with temporal rules. */
    public List<String> languages() {
        return languages;
    }

    /** The language of a text among those with rules, for {@code --lang auto}; {@code fallback} when unsure. */
    public String detectLanguage(String text, String fallback) {
        return detector.detect(text).filter(languages()::contains).orElse(fallback);
    }

    /** The years a timeline (and JavaScript's date strings) can show. */
    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    /**
     * A date outside years 1–9999 ("dans dix ans" in a text of 9999) is not dated: kept as an UNRESOLVED expression
     * with the reason, never stored as a date that nothing downstream can show.
     */
    static Interpreter.Meaning withinCalendar(Interpreter.Meaning meaning) {
        if (meaning == null || meaning.timex().interval() == null) {
            return meaning;
        }
        Timex t = meaning.timex();
        TimeInterval interval = t.interval();
        // The end is exclusive: an interval that ends on 10000-01-01 is still within 9999.
        boolean inside = interval.start().getYear() >= FIRST_YEAR
                && (interval.end().getYear() <= LAST_YEAR || interval.end().equals(java.time.LocalDateTime.of(LAST_YEAR + 1, 1, 1, 0, 0)));
        if (inside) {
            return meaning;
        }
        String reason = "outside the years " + FIRST_YEAR + " to " + LAST_YEAR + " (" + t.value() + ")";
        return new Interpreter.Meaning(new Timex(t.begin(), t.end(), t.text(), t.type(), Timex.UNRESOLVED, null, null, null,
                t.text() + ": not dated: " + reason, reason), null);
    }

    public List<Timex> tag(String text, String language, LocalDate dct) {
        String code = language.toLowerCase(Locale.ROOT);
        if (!languages().contains(code)) {
            throw new IllegalArgumentException("No temporal rules for language '" + code + "' (known: "
                    + String.join(", ", languages()) + ")");
        }
        RuleSet ruleSet = rules(code);
        String matchable = matchable(text);
        List<Candidate> candidates = new ArrayList<>();
        char[] lowerChars = lowerCase(matchable);
        String lower = new String(lowerChars);
        Tokens tokens = new Tokens(lower, lowerChars);
        collect(ruleSet, text, matchable, lower, tokens, candidates, false);
        // Quotes, tweets and titles in another language: their explicit dates ("9:32 PM - Jan 7, 2020") count too.
        for (String other : languages()) {
            if (!other.equals(code)) {
                collect(rules(other), text, matchable, lower, tokens, candidates, true);
            }
        }
        Resolution resolution = new Resolution(matchable, lower, dct, ruleSet.lexicon());
        List<Timex> timexes = new ArrayList<>();
        for (Candidate candidate : longestFirst(candidates)) {
            Interpreter.Meaning meaning = withinCalendar(interpreter.interpret(candidate, resolution));
            if (meaning != null) {
                resolution.add(meaning.timex(), meaning.point());
                timexes.add(meaning.timex());
            }
        }
        return timexes;
    }

    private RuleSet rules(String code) {
        return rules.computeIfAbsent(code, c -> new RuleSet(new TemporalLexicon(c)));
    }

    private static void collect(RuleSet ruleSet, String text, String matchable, String lower, Tokens tokens,
                                List<Candidate> candidates, boolean explicitDatesOnly) {
        NumericContext numbers = new NumericContext(matchable, ruleSet.lexicon());
        TriggerIndex.Regions regions = (explicitDatesOnly ? ruleSet.monthTriggers() : ruleSet.triggers()).regions(lower, tokens);
        int[] starts = tokens.ruleStarts;
        int[] keys = tokens.startKeys;
        for (Rule rule : ruleSet.rules()) {
            if (explicitDatesOnly && rule.kind() != RuleKind.DATE && rule.kind() != RuleKind.NATTY) {
                continue;
            }
            List<int[]> windows = regions.of(rule.order());
            if (windows.isEmpty()) {
                continue;
            }
            String subject = rule.onOriginalCase() ? matchable : lower;
            StartFilter filter = rule.starts();
            Matcher m = rule.pattern().matcher(subject);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int[] region : windows) {
                // Every rule starts at a word boundary: try the word starts of the region only, like find() would,
                // and only those whose first characters may begin a match. Regions come in text order.
                int i = region[3];
                while (i < starts.length && starts[i] <= region[1]) {
                    if (!filter.allows(keys[i])) {
                        i++;
                        continue;
                    }
                    m.region(starts[i], region[2]);
                    if (!m.lookingAt() || m.end() == m.start() || !capitalised(rule, m, matchable)) {
                        i++;
                        continue;
                    }
                    Candidate candidate = candidate(rule, m, text, !explicitDatesOnly);
                    boolean explicit = candidate.has("year") && candidate.has("month");
                    if ((!explicitDatesOnly || explicit) && numbers.accepts(candidate)) {
                        candidates.add(candidate);
                    }
                    i = firstAtOrAfter(starts, i, m.end());
                }
            }
        }
    }

    /** "May" is a month, "may" a verb: groups of capitalised names must start with a capital (Roman numerals: all). */
    private static boolean capitalised(Rule rule, Matcher m, String text) {
        List<String> names = rule.capitalisedGroups();
        for (int g = 0; g < names.size(); g++) {
            int group = rule.capitalisedGroupIndexes()[g];
            int start = m.start(group);
            if (start < 0) {
                continue;
            }
            int end = names.get(g).equals("roman") ? m.end(group) : start + 1;
            for (int i = start; i < end; i++) {
                if (!Character.isUpperCase(text.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Lower case, character for character (offsets stay the same); ASCII without a table look-up. */
    private static char[] lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            } else {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return chars;
    }

    private static Candidate candidate(Rule rule, Matcher m, String text, boolean primary) {
        Map<String, String> groups = new HashMap<>();
        for (String group : rule.groups()) {
            String value = m.group(group);
            if (value != null && !value.isBlank()) {
                groups.put(group, value.strip());
            }
        }
        groups.put("__text", text.substring(m.start(), m.end()));
        return new Candidate(rule, m.start(), m.end(), groups, primary);
    }

    /** The first index at or after {@code from} whose value is at least {@code offset}: galloping, then bisecting. */
    private static int firstAtOrAfter(int[] sorted, int from, int offset) {
        if (from >= sorted.length || sorted[from] >= offset) {
            return from;
        }
        int step = 1;
        int low = from;
        while (low + step < sorted.length && sorted[low + step] < offset) {
            low += step;
            step <<= 1;
        }
        int index = java.util.Arrays.binarySearch(sorted, low + 1, Math.min(sorted.length, low + step + 1), offset);
        return index >= 0 ? index : -index - 1;
    }

    /**
     * Among overlapping matches the longest wins, then the text's own language, then the earlier rule; the result is
     * in text order.
     */
    /** Longer first, then earlier, then of the text's own language, then of the earlier rule (no boxing). */
    private static final Comparator<Candidate> LONGEST_FIRST = (a, b) -> {
        int order = Integer.compare(b.length(), a.length());
        if (order == 0) {
            order = Integer.compare(a.begin(), b.begin());
        }
        if (order == 0) {
            order = Boolean.compare(b.primary(), a.primary());
        }
        return order != 0 ? order : Integer.compare(a.rule().order(), b.rule().order());
    };

    private static List<Candidate> longestFirst(List<Candidate> candidates) {
        candidates.sort(LONGEST_FIRST);
        // The kept spans do not overlap: ordered by start, a candidate can only overlap the kept span starting last
        // at or before it, or the first one starting after it.
        java.util.TreeMap<Integer, Candidate> kept = new java.util.TreeMap<>();
        for (Candidate candidate : candidates) {
            Map.Entry<Integer, Candidate> before = kept.floorEntry(candidate.begin());
            Map.Entry<Integer, Candidate> after = kept.higherEntry(candidate.begin());
            if ((before == null || !before.getValue().overlaps(candidate))
                    && (after == null || !after.getValue().overlaps(candidate))) {
                kept.put(candidate.begin(), candidate);
            }
        }
        return new ArrayList<>(kept.values());
    }

    /**
     * The text with typographic apostrophes and non-breaking spaces made plain, character for character; the text
     * itself when it has none.
     */
    private static String matchable(String text) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < '\u00A0') {
                continue;
            }
            switch (c) {
                case '\u2019', '\u02BC' -> chars[i] = '\'';
                case '\u00A0', '\u202F', '\u2009' -> chars[i] = ' ';
                case '\u2011' -> chars[i] = '-';
                default -> { }
            }
            changed |= chars[i] != c;
        }
        return changed ? new String(chars) : text;
    }
}
