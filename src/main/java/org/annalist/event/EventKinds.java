package org.annalist.event;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.annalist.lang.Folding;
import org.annalist.lang.Lexicon;

/**
 * The kinds of happening a passage tells (protest, attack, killing...), from {@code lang/<code>/event-types.txt}: kinds
 * are named alike in every language, so "frappe", "bombardement" and "strike" are one kind.
 */
public final class EventKinds {

    private static final Map<String, EventKinds> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** The kinds of each stem: a word is looked up by its prefixes, not compared with every stem. */
    private final Map<String, Set<String>> prefixes = new java.util.HashMap<>();
    private final Map<String, Set<String>> wholeWords = new java.util.HashMap<>();
    private final Map<String, Set<String>> related = new java.util.HashMap<>();

    private EventKinds(Lexicon lexicon) {
        lexicon.table("event-types.txt").forEach((kind, list) -> {
            if (kind.startsWith("~")) {
                for (String other : list.split("\\s+")) {
                    related.computeIfAbsent(kind.substring(1), k -> new TreeSet<>()).add(other);
                    related.computeIfAbsent(other, k -> new TreeSet<>()).add(kind.substring(1));
                }
                return;
            }
            for (String stem : list.split("\\s+")) {
                boolean whole = stem.endsWith("$");
                String letters = Folding.fold(whole ? stem.substring(0, stem.length() - 1) : stem);
                (whole ? wholeWords : prefixes).computeIfAbsent(letters, k -> new TreeSet<>()).add(kind);
            }
        });
    }

    public static EventKinds of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "fr" : language, l -> new EventKinds(Lexicon.of(l)));
    }

    /** Whether two sets of kinds may tell one happening: a kind in common, or two kinds the language file relates. */
    public boolean meet(Set<String> a, Set<String> b) {
        for (String kind : a) {
            if (b.contains(kind) || related.getOrDefault(kind, Set.of()).stream().anyMatch(b::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The kinds the words of a text name, sorted. */
    public Set<String> in(String text) {
        Set<String> kinds = new TreeSet<>();
        for (String word : Folding.fold(text).split("[^\\p{L}\\p{N}-]+")) {
            if (word.length() < 3) {
                continue;
            }
            kinds.addAll(wholeWords.getOrDefault(word, Set.of()));
            for (int length = 3; length <= word.length(); length++) {
                Set<String> of = prefixes.get(word.substring(0, length));
                if (of != null) {
                    kinds.addAll(of);
                }
            }
        }
        return kinds;
    }
}
