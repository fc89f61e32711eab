package org.annalist.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.annalist.lang.Lexicon;

/**
 * The rules of one language, read from {@code lang/<code>/timex-rules.txt}: one rule a line, {@code name<TAB>kind<TAB>
 * pattern}. Patterns are Java regular expressions, case-insensitive, where {@code {macro}} stands for a word list of
 * the language ({@code {month}}, {@code {unit}}, {@code {number}}...) or a shared piece ({@code {day}}, {@code {year}},
 * {@code {<}} and {@code {>}} for word boundaries).
 */
final class RuleSet {

    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([<>]|[A-Za-z][A-Za-z0-9]*)}");
    private static final Map<String, String> SHARED = Map.of(
            // Rules are only tried where a word starts (see TemporalTagger): the boundary before is given.
            "<", "",
            ">", "(?![\\p{L}\\p{N}])",
            "day", "(?:3[01]|[12][0-9]|0?[1-9])",
            "year", "(?:1[0-9]{3}|20[0-9]{2})",
            "hour", "(?:2[0-4]|[01]?[0-9])",
            "hour12", "(?:1[0-2]|0?[1-9])",
            "minute", "(?:[0-5][0-9])",
            "roman", "(?:[IVXLC]+)");
    private static final Pattern CAPITALISED_GROUP = Pattern.compile("\\(\\?<(\\w+)>\\{(Month|Weekday|roman)}");

    private final TemporalLexicon lexicon;
    private final List<Rule> rules = new ArrayList<>();
    private final TriggerIndex triggers;
    private final TriggerIndex monthTriggers;

    RuleSet(TemporalLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> lines = Lexicon.of(lexicon.language()).lines("timex-rules.txt");
        Map<Rule, String> sources = new java.util.IdentityHashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t+", 3);
            if (fields.length != 3) {
                throw new IllegalStateException("lang/" + lexicon.language() + "/timex-rules.txt: expected name, kind "
                        + "and pattern separated by tabs: " + line);
            }
            if (!fields[2].startsWith("{<}")) {
                throw new IllegalStateException("lang/" + lexicon.language() + "/timex-rules.txt, rule " + fields[0]
                        + ": a pattern starts with {<} (rules are tried at word starts only)");
            }
            String[] kind = fields[1].split(":", 2);
            // Matching a lower-cased copy of the text without case folding is several times faster; patterns that
            // look at capitals (\p{Lu}) match the text itself, case-insensitively.
            boolean onOriginalCase = fields[2].contains("\\p{Lu}") || fields[2].contains("\\p{Ll}");
            List<String> capitalised = new ArrayList<>();
            Matcher capital = CAPITALISED_GROUP.matcher(fields[2]);
            while (capital.find()) {
                capitalised.add(capital.group(1));
            }
            Pattern pattern;
            try {
                pattern = onOriginalCase
                        ? Pattern.compile(expand(fields[2]), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                        : Pattern.compile(lowerCaseLiterals(expand(fields[2])));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("lang/" + lexicon.language() + "/timex-rules.txt, rule " + fields[0]
                        + ": " + e.getDescription(), e);
            }
            Rule rule = new Rule(rules.size(), fields[0],
                    RuleKind.named(kind[0], "lang/" + lexicon.language() + "/timex-rules.txt, rule " + fields[0]),
                    kind.length > 1 ? kind[1] : null, pattern,
                    List.copyOf(pattern.namedGroups().keySet()), lexicon, onOriginalCase, List.copyOf(capitalised),
                    capitalised.stream().mapToInt(name -> pattern.namedGroups().get(name)).toArray(),
                    new StartFilter(pattern, onOriginalCase));
            rules.add(rule);
            sources.put(rule, fields[2]);
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("No temporal rules for language " + lexicon.language());
        }
        triggers = new TriggerIndex(rules, lexicon, sources);
        monthTriggers = new TriggerIndex(rules, lexicon, sources, true);
    }

    TriggerIndex triggers() {
        return triggers;
    }

    /** Triggers by month names only: where this language's explicit dates may stand in another language's text. */
    TriggerIndex monthTriggers() {
        return monthTriggers;
    }

    List<Rule> rules() {
        return rules;
    }

    TemporalLexicon lexicon() {
        return lexicon;
    }

    /** The pattern with its literal letters in lower case; escapes (\\s, \\p{L}, \\D) are left as they are. */
    static String lowerCaseLiterals(String pattern) {
        StringBuilder lower = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(i + 1);
                int end = i + 2;
                if ((next == 'p' || next == 'P') && end < pattern.length() && pattern.charAt(end) == '{') {
                    end = pattern.indexOf('}', end) + 1;
                }
                lower.append(pattern, i, end);
                i = end - 1;
            } else {
                lower.append(Character.toLowerCase(c));
            }
        }
        return lower.toString();
    }

    private String expand(String pattern) {
        Matcher macro = MACRO.matcher(pattern);
        StringBuilder expanded = new StringBuilder();
        while (macro.find()) {
            String name = macro.group(1);
            String regex = SHARED.get(name);
            if (regex == null) {
                regex = lexicon.macro(name).orElseThrow(() -> new IllegalStateException(
                        "lang/" + lexicon.language() + "/timex-rules.txt: unknown macro {" + name + "}"));
            }
            macro.appendReplacement(expanded, Matcher.quoteReplacement(regex));
        }
        macro.appendTail(expanded);
        return expanded.toString();
    }
}
