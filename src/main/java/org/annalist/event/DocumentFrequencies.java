package org.annalist.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Word rarity counted over documents as they are read: how many documents of each language hold each word. */
public final class DocumentFrequencies implements WordRarity {

    private final Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
    private final Map<String, Integer> documents = new HashMap<>();

    /** Counts one document's words (each once). */
    public synchronized void add(String language, Set<String> words) {
        String key = language == null ? "fr" : language;
        documents.merge(key, 1, Integer::sum);
        Map<String, Integer> counts = byLanguage.computeIfAbsent(key, l -> new HashMap<>());
        words.forEach(word -> counts.merge(word, 1, Integer::sum));
    }

    @Override
    public synchronized double idf(String language, String word) {
        String key = language == null ? "fr" : language;
        return WordRarity.idf(documents.getOrDefault(key, 0), byLanguage.getOrDefault(key, Map.of()).getOrDefault(word, 0));
    }
}
