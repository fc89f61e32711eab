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
    /** Longest stretch of an expression after one of its triggers ("3 au 5 janvier 2020" after "3"). */
    static final int REACH_AFTER = 60;

    private static final List<String> TRIGGER_TABLES = List.of("month", "weekday", "unit", "pod", "season", "relday");
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
    private int[] digitRules;

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
        for (Rule rule : rules) {
            String source = sources.get(rule);
            digits[rule.order()] = !monthNamesOnly && DIGITS.matcher(source).find();
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
                if (w.length() >= 3 && !lexicon.isStopword(w)) {
                    add(w, rule);
                }
            }
        }
        buildTable();
        digitRules = java.util.stream.IntStream.range(0, this.rules).filter(r -> digits[r]).toArray();
    }

    private void buildTable() {
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

    /** The rules a word of the text triggers ({@code text[start, end)}, lower case), or null. */
    private int[] lookup(String text, int start, int end) {
        if (end - start > 3 && text.charAt(end - 1) == 's') {
            end--;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
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

    /** For each rule (by order), the regions {@code [start, end)} of a lower-cased text where it may match. */
    List<List<int[]>> regions(String text) {
        List<List<int[]>> regions = new ArrayList<>(rules);
        for (int i = 0; i < rules; i++) {
            regions.add(new ArrayList<>());
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean hasDigit = false;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                hasDigit |= Character.isDigit(text.charAt(i));
                i++;
            }
            int from = Math.max(0, start - REACH_BEFORE);
            int to = Math.min(length, i + REACH_AFTER);
            if (hasDigit) {
                for (int rule : digitRules) {
                    extend(regions.get(rule), from, to);
                }
            }
            int[] triggered = lookup(text, start, i);
            if (triggered != null) {
                for (int rule : triggered) {
                    extend(regions.get(rule), from, to);
                }
            }
        }
        return regions;
    }

    /** Plural and singular alike ("années?" in a pattern, "lundis" in a text). */
    private static String key(String word) {
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static void extend(List<int[]> regions, int from, int to) {
        if (!regions.isEmpty()) {
            int[] last = regions.get(regions.size() - 1);
            if (from <= last[1]) {
                last[1] = Math.max(last[1], to);
                return;
            }
        }
        regions.add(new int[] {from, to});
    }
}
