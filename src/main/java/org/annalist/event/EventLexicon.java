package org.annalist.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.annalist.lang.Lexicon;

/**
 * What the event reader knows of a language, from {@code lang/<code>/}: boilerplate paragraphs ({@code
 * boilerplate.txt}), negation and hypothesis markers ({@code polarity.txt}), future tense ({@code future.txt}).
 */
final class EventLexicon {

    private static final Map<String, EventLexicon> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<Pattern> boilerplate = new ArrayList<>();
    private final List<Pattern> negated = new ArrayList<>();
    private final List<Pattern> hypothetical = new ArrayList<>();
    private final java.util.Set<String> clauseHeads;

    static EventLexicon of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, EventLexicon::new);
    }

    private EventLexicon(String language) {
        Lexicon lexicon = Lexicon.of(language);
        clauseHeads = lexicon.words("clause-heads.txt");
        for (String line : lexicon.lines("boilerplate.txt")) {
            boilerplate.add(Pattern.compile("^\\W*(?:" + line + ")", FLAGS));
        }
        for (String line : lexicon.lines("polarity.txt")) {
            String[] parts = line.split("\t", 2);
            (parts[0].equals("NEGATED") ? negated : hypothetical).add(Pattern.compile(parts[1], FLAGS));
        }
        for (String line : lexicon.lines("future.txt")) {
            hypothetical.add(Pattern.compile(line, FLAGS));
        }
    }

    /** Words that open a clause headed by a date, the event being the clause after it. */
    java.util.Set<String> clauseHeads() {
        return clauseHeads;
    }

    boolean isBoilerplate(CharSequence paragraph) {
        return boilerplate.stream().anyMatch(p -> p.matcher(paragraph).find());
    }

    Polarity polarity(CharSequence clause) {
        if (negated.stream().anyMatch(p -> p.matcher(clause).find())) {
            return Polarity.NEGATED;
        }
        if (hypothetical.stream().anyMatch(p -> p.matcher(clause).find())) {
            return Polarity.HYPOTHETICAL;
        }
        return Polarity.AFFIRMED;
    }
}
