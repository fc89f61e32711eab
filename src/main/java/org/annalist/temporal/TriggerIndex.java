package org.annalist.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a text each rule may match, so that rules run on short regions instead of the whole text. Every match of a
 * rule contains one of its trigger words: a word of a table it uses ({@code {month}}: "janvier"; {@code {unit}}:
 * "heures"...), a literal word of its pattern ("aujourd'hui", "siècle"), or a number. Tables whose words occur
 * everywhere and never make an expression alone (numbers, directions, modifiers, approximations, ordinals) are not
 * triggers. A rule runs in windows around its triggers.
 */
final class TriggerIndex {

    /** Longest stretch of an expression before one of its triggers ("il y a un peu plus d'" before "an"). */
    static final int REACH_BEFORE = 40;
    /** Longest stretch of an expression before a word its rule requires ("a little more than twenty-five years ago"). */
    static final int FAR_REACH_BEFORE = 80;
    /** Longest stretch of an expression after one of its triggers ("3 au 5 janvier 2020" after "3"). */
    static final int REACH_AFTER = 60;

    private static final List<String> TRIGGER_TABLES = List.of("month", "weekday", "unit", "pod", "season", "relday", "holiday");
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([<>]|[A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern SYNTAX = Pattern.compile("\\\\[pP]\\{\\w+}|\\\\[a-zA-Z]|\\(\\?<?[=!]|\\(\\?<\\w+>|\\(\\?[-a-z]*:?|\\[[^]]*]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern DIGITS = Pattern.compile("\\\\d|\\[0-9|\\{(?:day|year|hour|hour12|minute)}|[0-9]");

    private final int rules;
    private final Map<String, List<Integer>> rulesByWord = new HashMap<>();
    /** The same words, for lookups straight from the text without building strings: open addressing by hash. */
    private String[] tableWords;
    private int[][] tableRules;
    private final boolean[] digits;
    /** Rules triggered by a word they require, which may stand after the rest of the match ("... years ago"). */
    private final boolean[] farReach;
    private int longest;

    TriggerIndex(List<Rule> rules, TemporalLexicon lexicon, Map<Rule, String> sources) {
        this(rules, lexicon, sources, false);
    }

    /**
     * @param monthNamesOnly index the month names only: for another language's explicit dates in a text ("Jan 7,
     *                       2020" in a French article), which always name their month
     */
    TriggerIndex(List<Rule> rules, TemporalLexicon lexicon, Map<Rule, String> sources, boolean monthNamesOnly) {
        this.rules = rules.size();
        this.digits = new boolean[rules.size()];
        this.farReach = new boolean[rules.size()];
        for (Rule rule : rules) {
            String source = sources.get(rule);
            // A number triggers a rule that may hold one, unless every match holds a trigger word anyway ("third
            // quarter", "the 20th century", "Jan. 7": the windows of "quarter", "century", "Jan." cover them).
            Requirement requirement = new Requirement(source, lexicon);
            digits[rule.order()] = !monthNamesOnly && DIGITS.matcher(source).find() && !requirement.holdsTriggerWord();
            java.util.Set<String> required = monthNamesOnly ? null : requirement.requiredWords();
            if (required != null) {
                // Every match holds one of these words ("ago", "later", "quarter|half"): the other words of the
                // pattern, optional ones ("the", "year" of "last year's third quarter") or tables ({unit}), need
                // not trigger it; the match may then start further before its trigger.
                required.forEach(w -> add(w, rule));
                farReach[rule.order()] = true;
                digits[rule.order()] = false;
                continue;
            }
            Matcher macro = MACRO.matcher(source);
            while (macro.find()) {
                String table = macro.group(1).toLowerCase(Locale.ROOT);
                if (monthNamesOnly ? table.equals("month") : TRIGGER_TABLES.contains(table)) {
                    lexicon.table(table).keySet().forEach(entry -> index(entry, rule, lexicon));
                }
            }
            if (monthNamesOnly) {
                continue;
            }
            String literals = SYNTAX.matcher(MACRO.matcher(source).replaceAll(" ")).replaceAll(" ");
            Matcher word = WORD.matcher(literals);
            while (word.find()) {
                String w = word.group().toLowerCase(Locale.ROOT);
                if (w.length() >= 2 && !lexicon.isStopword(w)) {
                    add(w, rule);
                }
            }
        }
        buildTable();
    }

    /**
     * Whether every match of a pattern (its source, macros unexpanded) holds a trigger word: a word of a trigger table
     * or a literal word the index keeps, outside any optional part, lookaround or alternative that lacks one. Read
     * conservatively: what it does not understand holds none.
     */
    static final class Requirement {
        private final String source;
        private final TemporalLexicon lexicon;
        private int at;

        Requirement(String source, TemporalLexicon lexicon) {
            this.source = source;
            this.lexicon = lexicon;
        }

        /**
         * Literal words one of which every match holds, as whole words of the text ("ago"; "later", "afterward",
         * "after"; "quarter", "half"), or null when the pattern requires none it can tell: the smallest such set of
         * a sequence, the union over alternatives. Macros, optional parts and lookarounds require nothing here.
         */
        java.util.Set<String> requiredWords() {
            at = 0;
            try {
                java.util.Set<String> words = requiredAlternatives();
                // A frequent word ("the", "after", "for") would trigger more windows than the pattern's own words.
                return at == source.length() && words != null && words.stream().noneMatch(lexicon::isStopword) ? words : null;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }

        private java.util.Set<String> requiredAlternatives() {
            java.util.Set<String> union = requiredSequence();
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                java.util.Set<String> next = requiredSequence();
                if (union != null && next != null) {
                    union.addAll(next);
                } else {
                    union = null;
                }
            }
            return union;
        }

        private java.util.Set<String> requiredSequence() {
            java.util.Set<String> best = null;
            StringBuilder word = new StringBuilder();
            boolean bounded = true;
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                char c = source.charAt(at);
                if (Character.isLetter(c)) {
                    if (word.isEmpty()) {
                        bounded = boundaryBefore(at);
                    }
                    word.append(c);
                    at++;
                    if (optionalNext()) {
                        // "afterwards?": the key of a plural is its singular; another optional letter, no word.
                        boolean plural = c == 's' && word.length() > 4;
                        word.setLength(plural ? word.length() - 1 : 0);
                        skipQuantifier();
                        if (plural && bounded && boundaryAfter(at)) {
                            best = smaller(best, requiredWord(word));
                        }
                        word.setLength(0);
                    }
                    continue;
                }
                if (!word.isEmpty()) {
                    if (bounded && boundaryAfter(at) && !quantified(at)) {
                        best = smaller(best, requiredWord(word));
                    }
                    word.setLength(0);
                }
                java.util.Set<String> inner = requiredElement();
                boolean optional = optionalNext();
                skipQuantifier();
                if (!optional) {
                    best = smaller(best, inner);
                }
            }
            if (!word.isEmpty() && bounded && boundaryAfter(at)) {
                best = smaller(best, requiredWord(word));
            }
            return best;
        }

        private java.util.Set<String> requiredWord(CharSequence word) {
            String w = word.toString().toLowerCase(Locale.ROOT);
            return w.length() >= 3 ? new java.util.HashSet<>(List.of(w)) : null;
        }

        /** The set that triggers fewer windows: one without a frequent word ("the", "after"), then the smaller. */
        private java.util.Set<String> smaller(java.util.Set<String> a, java.util.Set<String> b) {
            return a == null ? b : b == null || cost(a) <= cost(b) ? a : b;
        }

        private int cost(java.util.Set<String> words) {
            return words.size() + (words.stream().anyMatch(lexicon::isStopword) ? 1000 : 0);
        }

        /** A quantifier other than "?" and "*" after a letter ("s+"): the word is not whole. */
        private boolean quantified(int i) {
            return i < source.length() && (source.charAt(i) == '+' || source.charAt(i) == '{' && i + 1 < source.length()
                    && Character.isDigit(source.charAt(i + 1)));
        }

        /** Whether the text before a literal at {@code i} ends a word: a space, a hyphen, the start, or an open group. */
        private boolean boundaryBefore(int i) {
            if (i == 0) {
                return false;
            }
            char p = source.charAt(i - 1);
            return p == '+' && i >= 3 && source.startsWith("\\s+", i - 3) || p == '-' || p == '|'
                    || p == ':' && i >= 3 && source.startsWith("(?:", i - 3)
                    || p == '}' && i >= 3 && source.startsWith("{<}", i - 3)
                    || p == '>' && i >= 2 && source.charAt(i - 2) != '}' && source.lastIndexOf("(?<", i) >= 0;
        }

        /** Whether what follows a literal ends the word: a space, a hyphen, the end of the pattern, a lookahead. */
        private boolean boundaryAfter(int i) {
            return i < source.length() && (source.startsWith("\\s", i) || source.startsWith("{>}", i)
                    || source.charAt(i) == '-' || source.startsWith("(?!", i) || source.startsWith("(?=", i)
                    || source.charAt(i) == ')' || source.charAt(i) == '|' || source.charAt(i) == '\'' || source.charAt(i) == ',');
        }

        /** One element that is not a letter: the words it requires, or null. */
        private java.util.Set<String> requiredElement() {
            char c = source.charAt(at);
            if (c == '(') {
                int open = at;
                at++;
                Group group = openGroup();
                if (group == Group.FLAGS) {
                    return null;
                }
                boolean lookaround = group == Group.LOOKAROUND;
                java.util.Set<String> inner = requiredAlternatives();
                if (source.charAt(at) != ')') {
                    throw new IllegalStateException("unbalanced at " + open);
                }
                at++;
                return lookaround ? null : inner;
            }
            element();
            return null;
        }

        /** What a group's opening says (the '(' read already): the reader stands after it. */
        private enum Group { PLAIN, LOOKAROUND, FLAGS }

        private Group openGroup() {
            if (!source.startsWith("?", at)) {
                return Group.PLAIN;
            }
            if (source.startsWith("?:", at)) {
                at += 2;
                return Group.PLAIN;
            }
            if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                return Group.LOOKAROUND;
            }
            if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                return Group.LOOKAROUND;
            }
            if (source.startsWith("?<", at)) {
                at = source.indexOf('>', at) + 1;
                return Group.PLAIN;
            }
            // Flags: "(?i)" alone (no group), or "(?-i:...)" around a part.
            int colon = at;
            while (source.charAt(colon) != ':' && source.charAt(colon) != ')') {
                colon++;
            }
            at = colon + 1;
            return source.charAt(colon) == ')' ? Group.FLAGS : Group.PLAIN;
        }

        boolean holdsTriggerWord() {
            at = 0;
            try {
                boolean holds = alternatives();
                return holds && at == source.length();
            } catch (RuntimeException unreadable) {
                return false;
            }
        }

        /** Alternatives separated by '|', up to a ')' or the end: all must hold one. */
        private boolean alternatives() {
            boolean all = sequence();
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                all &= sequence();
            }
            return all;
        }

        /** Elements in a row: one that is not optional and holds a trigger word is enough. */
        private boolean sequence() {
            boolean any = false;
            StringBuilder word = new StringBuilder();
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                char c = source.charAt(at);
                if (Character.isLetter(c)) {
                    at++;
                    word.append(c);
                    if (optionalNext()) {
                        // The index keeps the whole run of letters ("demie?": "demie"), which a text lacking the
                        // optional letter does not hold, except a plural "s" ("years?": keyed "year").
                        boolean plural = c == 's' && word.length() > 3;
                        any |= plural && isTrigger(word);
                        word.setLength(0);
                        skipQuantifier();
                    }
                    continue;
                }
                any |= isTrigger(word);
                word.setLength(0);
                boolean holds = element();
                boolean optional = optionalNext();
                skipQuantifier();
                any |= holds && !optional;
            }
            return any | isTrigger(word);
        }

        private boolean isTrigger(CharSequence word) {
            String w = word.toString().toLowerCase(Locale.ROOT);
            return w.length() >= 2 && !lexicon.isStopword(w);
        }

        /** One element that is not a letter; whether it holds a trigger word. */
        private boolean element() {
            char c = source.charAt(at);
            if (c == '\\') {
                at += 2;
                char escaped = source.charAt(at - 1);
                if ((escaped == 'p' || escaped == 'P') && at < source.length() && source.charAt(at) == '{') {
                    at = source.indexOf('}', at) + 1;
                }
                return false;
            }
            if (c == '[') {
                at++;
                if (source.charAt(at) == '^') {
                    at++;
                }
                if (source.charAt(at) == ']') {
                    at++;
                }
                while (source.charAt(at) != ']') {
                    at += source.charAt(at) == '\\' ? 2 : 1;
                }
                at++;
                return false;
            }
            if (c == '{') {
                int close = source.indexOf('}', at);
                String name = source.substring(at + 1, close);
                at = close + 1;
                return TRIGGER_TABLES.contains(name.toLowerCase(Locale.ROOT));
            }
            if (c == '(') {
                at++;
                Group group = openGroup();
                if (group == Group.FLAGS) {
                    return false;
                }
                boolean lookaround = group == Group.LOOKAROUND;
                boolean holds = alternatives();
                if (source.charAt(at) != ')') {
                    throw new IllegalStateException("unbalanced");
                }
                at++;
                return holds && !lookaround;
            }
            // '.', '^', '$', punctuation, spaces, digits: no word.
            at++;
            return false;
        }

        private boolean optionalNext() {
            if (at >= source.length()) {
                return false;
            }
            char q = source.charAt(at);
            return q == '?' || q == '*' || q == '{' && (source.startsWith("{0,", at) || source.startsWith("{0}", at));
        }

        private void skipQuantifier() {
            if (at >= source.length()) {
                return;
            }
            char q = source.charAt(at);
            if (q == '?' || q == '*' || q == '+') {
                at++;
            } else if (q == '{' && at + 1 < source.length() && Character.isDigit(source.charAt(at + 1))) {
                at = source.indexOf('}', at) + 1;
            } else {
                return;
            }
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++;
            }
        }
    }

    private void buildTable() {
        longest = rulesByWord.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        int size = Integer.highestOneBit(Math.max(16, rulesByWord.size() * 4));
        tableWords = new String[size];
        tableRules = new int[size][];
        rulesByWord.forEach((word, list) -> {
            int slot = word.hashCode() & (size - 1);
            while (tableWords[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            tableWords[slot] = word;
            tableRules[slot] = list.stream().mapToInt(Integer::intValue).toArray();
        });
    }

    /** The rules a word of the text triggers ({@code text[start, end)}, lower case, its hash from Tokens), or null. */
    private int[] lookup(String text, int start, int end, int hash) {
        end = Tokens.keyEnd(text, start, end);
        int mask = tableWords.length - 1;
        int length = end - start;
        for (int slot = hash & mask; tableWords[slot] != null; slot = (slot + 1) & mask) {
            String word = tableWords[slot];
            if (word.length() == length && word.regionMatches(0, text, start, length)) {
                return tableRules[slot];
            }
        }
        return null;
    }

    /** A table entry triggers by its significant words ("the day before yesterday": "day", "yesterday"). */
    private void index(String entry, Rule rule, TemporalLexicon lexicon) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(entry);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        List<String> significant = words.stream().filter(w -> !lexicon.isStopword(w)).toList();
        (significant.isEmpty() ? words : significant).forEach(w -> add(w, rule));
    }

    private void add(String word, Rule rule) {
        List<Integer> list = rulesByWord.computeIfAbsent(key(word), w -> new ArrayList<>());
        if (!list.contains(rule.order())) {
            list.add(rule.order());
        }
    }

    /**
     * Where each rule may match in a lower-cased text: windows {@code [firstStart, lastStart, end]}, a match starting
     * between the first two offsets (at or before a trigger) and ending by the third. The windows around numbers are
     * built once and shared by every rule a number triggers.
     */
    Regions regions(String text, Tokens tokens) {
        // Lists are made for the rules a word of this text triggers only (most rules, in a short text, none).
        List<List<int[]>> byRule = new ArrayList<>(java.util.Collections.nCopies(rules, (List<int[]>) null));
        List<int[]> aroundNumbers = new ArrayList<>();
        int length = text.length();
        int[] ruleStarts = tokens.ruleStarts;
        int fromIndex = 0;
        int farIndex = 0;
        for (int t = 0; t < tokens.count; t++) {
            int start = tokens.starts[t];
            int end = tokens.ends[t];
            int from = Math.max(0, start - REACH_BEFORE);
            int farFrom = Math.max(0, start - FAR_REACH_BEFORE);
            int to = Math.min(length, end + REACH_AFTER);
            // The first rule start of the window, found once for every rule (windows start in text order).
            while (fromIndex < ruleStarts.length && ruleStarts[fromIndex] < from) {
                fromIndex++;
            }
            while (farIndex < ruleStarts.length && ruleStarts[farIndex] < farFrom) {
                farIndex++;
            }
            // A match holding this trigger starts at or before it.
            if (tokens.digits[t]) {
                extend(aroundNumbers, from, start, to, fromIndex);
            }
            if (end - start <= longest) {
                int[] triggered = lookup(text, start, end, tokens.hashes[t]);
                if (triggered != null) {
                    for (int rule : triggered) {
                        List<int[]> list = byRule.get(rule);
                        if (list == null) {
                            byRule.set(rule, list = new ArrayList<>());
                        }
                        if (farReach[rule]) {
                            extend(list, farFrom, start, to, farIndex);
                        } else {
                            extend(list, from, start, to, fromIndex);
                        }
                    }
                }
            }
        }
        return new Regions(byRule, aroundNumbers);
    }

    /** The windows of one text, by rule. */
    final class Regions {
        private final List<List<int[]>> byRule;
        private final List<int[]> aroundNumbers;

        private Regions(List<List<int[]>> byRule, List<int[]> aroundNumbers) {
            this.byRule = byRule;
            this.aroundNumbers = aroundNumbers;
        }

        /** The windows of a rule, in text order: those of its trigger words, and of numbers if it holds one. */
        List<int[]> of(int rule) {
            List<int[]> words = byRule.get(rule) == null ? List.of() : byRule.get(rule);
            if (!digits[rule] || aroundNumbers.isEmpty()) {
                return words;
            }
            if (words.isEmpty()) {
                return aroundNumbers;
            }
            List<int[]> merged = new ArrayList<>(words.size() + aroundNumbers.size());
            int a = 0;
            int b = 0;
            while (a < words.size() || b < aroundNumbers.size()) {
                int[] next = b >= aroundNumbers.size() || a < words.size() && words.get(a)[0] <= aroundNumbers.get(b)[0]
                        ? words.get(a++) : aroundNumbers.get(b++);
                extend(merged, next[0], next[1], next[2], next[3]);
            }
            return merged;
        }
    }

    /** Plural and singular alike ("années?" in a pattern, "lundis" in a text). */
    private static String key(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** Adds a window {@code [from, lastStart, end, index of the first rule start at or after from]}, merging. */
    private static void extend(List<int[]> regions, int from, int lastStart, int to, int fromIndex) {
        if (!regions.isEmpty()) {
            int[] last = regions.get(regions.size() - 1);
            if (from <= last[1] + 1) {
                // Merged windows are new arrays: the shared windows around numbers stay as they are.
                regions.set(regions.size() - 1, new int[] {last[0], Math.max(last[1], lastStart), Math.max(last[2], to), last[3]});
                return;
            }
        }
        regions.add(new int[] {from, lastStart, to, fromIndex});
    }
}
