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
            "<", "(?<![\\p{L}\\p{N}])",
            ">", "(?![\\p{L}\\p{N}])",
            "day", "(?:3[01]|[12][0-9]|0?[1-9])",
            "year", "(?:1[0-9]{3}|20[0-9]{2})",
            "hour", "(?:2[0-4]|[01]?[0-9])",
            "hour12", "(?:1[0-2]|0?[1-9])",
            "minute", "(?:[0-5][0-9])",
            "roman", "(?-i:[IVXLC]+)");

    private final TemporalLexicon lexicon;
    private final List<Rule> rules = new ArrayList<>();

    RuleSet(TemporalLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> lines = Lexicon.of(lexicon.language()).lines("timex-rules.txt");
        for (String line : lines) {
            String[] fields = line.split("\t+", 3);
            if (fields.length != 3) {
                throw new IllegalStateException("lang/" + lexicon.language() + "/timex-rules.txt: expected name, kind "
                        + "and pattern separated by tabs: " + line);
            }
            String[] kind = fields[1].split(":", 2);
            Pattern pattern;
            try {
                pattern = Pattern.compile(expand(fields[2]), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("lang/" + lexicon.language() + "/timex-rules.txt, rule " + fields[0]
                        + ": " + e.getDescription(), e);
            }
            rules.add(new Rule(rules.size(), fields[0], kind[0], kind.length > 1 ? kind[1] : null, pattern,
                    List.copyOf(pattern.namedGroups().keySet()), lexicon));
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("No temporal rules for language " + lexicon.language());
        }
    }

    List<Rule> rules() {
        return rules;
    }

    TemporalLexicon lexicon() {
        return lexicon;
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
