package org.annalist.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.lang.Lexicon;

/**
 * The toll a passage gives of a happening ("37 morts", "53 killed"), from {@code lang/<code>/tolls.txt}: what the
 * sources of one event may disagree on besides its date.
 */
public final class Tolls {

    /** What is counted. */
    public enum Kind { DEAD, WOUNDED, ARRESTED }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final Map<String, List<Rule>> RULES = new ConcurrentHashMap<>();

    private Tolls() {
    }

    /** The tolls a passage gives, by every known language's rules (a passage may quote another language), the first of each kind. */
    public static Map<Kind, Long> of(String passage) {
        Map<Kind, Long> tolls = new EnumMap<>(Kind.class);
        if (passage == null) {
            return tolls;
        }
        for (String language : Lexicon.languages()) {
            for (Rule rule : rules(language)) {
                if (tolls.containsKey(rule.kind())) {
                    continue;
                }
                Matcher matcher = rule.pattern().matcher(passage);
                if (matcher.find()) {
                    tolls.put(rule.kind(), Long.parseLong(matcher.group(1).replaceAll("[^0-9]", "")));
                }
            }
        }
        return tolls;
    }

    private static List<Rule> rules(String language) {
        return RULES.computeIfAbsent(language, l -> {
            List<Rule> rules = new ArrayList<>();
            for (String line : Lexicon.of(l).lines("tolls.txt")) {
                String[] parts = line.split("\t", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("lang/" + l + "/tolls.txt: expected KIND<TAB>pattern, got: " + line);
                }
                rules.add(new Rule(Kind.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)),
                        Pattern.compile(parts[1].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
            return rules;
        });
    }
}
