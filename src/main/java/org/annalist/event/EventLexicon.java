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
    private final List<Pattern> future = new ArrayList<>();
    private final java.util.Set<String> clauseHeads;
    private final java.util.Set<String> clauseWords;
    private final java.util.Set<String> eventNouns;
    private final List<String> reportingVerbs;
    private final List<List<String>> sourceWords = new ArrayList<>();
    private final java.util.Set<String> dangling;
    private final java.util.Set<String> referencePrepositions;
    private final java.util.Set<String> personPronouns;
    private final java.util.Set<String> epithetLinks = new java.util.HashSet<>();
    private final java.util.Set<String> timeNouns = new java.util.HashSet<>();
    private final Map<String, List<String>> background = new java.util.HashMap<>();
    private final List<Pattern> titleConnectives = new ArrayList<>();
    private final List<Pattern> contextLinks = new ArrayList<>();
    private final List<List<String>> antecedentLinks = new ArrayList<>();

    static EventLexicon of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, EventLexicon::new);
    }

    private EventLexicon(String language) {
        Lexicon lexicon = Lexicon.of(language);
        clauseHeads = lexicon.words("clause-heads.txt");
        clauseWords = lexicon.words("clause-words.txt");
        eventNouns = lexicon.words("event-nouns.txt");
        reportingVerbs = List.copyOf(lexicon.words("reporting-verbs.txt"));
        dangling = lexicon.words("dangling.txt");
        referencePrepositions = lexicon.words("reference-prepositions.txt");
        personPronouns = lexicon.words("person-pronouns.txt");
        for (String line : lexicon.lines("epithets.txt")) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2) {
                (parts[0].equals("link") ? epithetLinks : timeNouns).add(parts[1].strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (String line : lexicon.lines("background.txt")) {
            String[] parts = line.split("\t", 2);
            background.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1].strip().toLowerCase(java.util.Locale.ROOT));
        }
        for (String phrase : lexicon.words("sources.txt")) {
            sourceWords.add(org.annalist.linguistic.Tokens.split(phrase, 0, phrase.length()).stream()
                    .map(t -> t.text().replace('’', '\'')).toList());
        }
        for (String link : lexicon.words("antecedent-links.txt")) {
            antecedentLinks.add(List.of(link.replace('’', '\'').split("\\s+")));
        }
        for (String link : lexicon.words("context-links.txt")) {
            contextLinks.add(Pattern.compile("^\\W*" + Pattern.quote(link) + "\\b", FLAGS));
        }
        for (String connective : lexicon.words("title-connectives.txt")) {
            titleConnectives.add(Pattern.compile("^" + Pattern.quote(connective) + (connective.endsWith("'") ? "" : "\\b") + "\\s*", FLAGS));
        }
        for (String line : lexicon.lines("boilerplate.txt")) {
            boilerplate.add(Pattern.compile("^\\W*(?:" + line + ")", FLAGS));
        }
        for (String line : lexicon.lines("polarity.txt")) {
            String[] parts = line.split("\t", 2);
            (parts[0].equals("NEGATED") ? negated : hypothetical).add(Pattern.compile(parts[1], FLAGS));
        }
        for (String line : lexicon.lines("future.txt")) {
            Pattern tense = Pattern.compile(line, FLAGS);
            hypothetical.add(tense);
            future.add(tense);
        }
    }

    /** Words that open a clause headed by a date, the event being the clause after it. */
    java.util.Set<String> clauseHeads() {
        return clauseHeads;
    }

    /** Words that open a clause inside a sentence (qui, que, who, which...). */
    java.util.Set<String> clauseWords() {
        return clauseWords;
    }

    /** Nouns that name an event (attaque, réunion, strike, meeting...). */
    java.util.Set<String> eventNouns() {
        return eventNouns;
    }

    /** Beginnings of the verbs that report a statement (annonc, indiqu, said...). */
    List<String> reportingVerbs() {
        return reportingVerbs;
    }

    /** Phrases that introduce a source ("selon", "d'après", "according to"), as lower-case tokens. */
    List<List<String>> sourceWords() {
        return sourceWords;
    }

    /** Words that make the date after them a reference point ("après le 25 janvier"). */
    /** The words that join a noun to a date naming it ("la guerre de 1973"): {@code epithets.txt}. */
    java.util.Set<String> epithetLinks() {
        return epithetLinks;
    }

    /** Nouns of time: before "de" they make a date ("la nuit du 25"), not an epithet. */
    java.util.Set<String> timeNouns() {
        return timeNouns;
    }

    java.util.Set<String> referencePrepositions() {
        return referencePrepositions;
    }

    /** Subject pronouns that stand for the last person named ({@code person-pronouns.txt}). */
    java.util.Set<String> personPronouns() {
        return personPronouns;
    }

    /**
     * Whether an undated sentence is background rather than an event ({@code background.txt}): its verb in the
     * imperfect, the writer as its subject, a verb of knowing or wanting.
     */
    boolean isBackground(String subject, String verb, String auxiliary) {
        String s = subject == null ? "" : subject.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        String v = verb.toLowerCase(java.util.Locale.ROOT);
        String a = auxiliary == null ? v : auxiliary.toLowerCase(java.util.Locale.ROOT);
        return background.getOrDefault("SUBJECT", List.of()).contains(s)
                || background.getOrDefault("ENDING", List.of()).stream().anyMatch(e -> a.endsWith(e) || v.endsWith(e))
                || background.getOrDefault("STEM", List.of()).stream().anyMatch(v::startsWith);
    }

    /** Words a title never ends with. */
    java.util.Set<String> dangling() {
        return dangling;
    }

    /** Words a title never starts with (patterns anchored at the start). */
    List<Pattern> titleConnectives() {
        return titleConnectives;
    }

    /** Whether a sentence opens as the continuation of the one before it ({@code context-links.txt}). */
    boolean continues(CharSequence sentence) {
        return contextLinks.stream().anyMatch(p -> p.matcher(sentence).find());
    }

    boolean isBoilerplate(CharSequence paragraph) {
        return boilerplate.stream().anyMatch(p -> p.matcher(paragraph).find());
    }

    /**
     * Whether a clause is hypothetical by its future tense alone (no negation, no planning or conditional word): in a
     * retrospective, the narrative future ("Le 25 janvier sera la Journée de la colère") tells a past fact.
     */
    boolean futureOnly(CharSequence clause) {
        return future.stream().anyMatch(p -> p.matcher(clause).find())
                && negated.stream().noneMatch(p -> p.matcher(clause).find())
                && hypothetical.stream().filter(p -> !future.contains(p)).noneMatch(p -> p.matcher(clause).find());
    }

    /** The words of each antecedent link ({@code antecedent-links.txt}: "à la suite de", "in retaliation for"). */
    List<List<String>> antecedentLinks() {
        return antecedentLinks;
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
