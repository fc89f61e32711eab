package org.annalist.lang;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the language of a text by counting the frequent function words of each known language
 * ({@code lang/<code>/stopwords.txt}). Reliable on news text of a few sentences; says nothing when the
 * evidence is too thin or too close to call.
 */
public final class LanguageDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int SAMPLE_CHARS = 20_000;
    private static final int MIN_HITS = 3;
    private static final double MIN_LEAD = 1.5;

    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();

    public LanguageDetector() {
        for (String language : Lexicon.languages()) {
            stopwords.put(language, Lexicon.of(language).words("stopwords.txt"));
        }
    }

    public Optional<String> detect(CharSequence text) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        Matcher words = WORD.matcher(text.subSequence(0, Math.min(text.length(), SAMPLE_CHARS)));
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            stopwords.forEach((language, list) -> {
                if (list.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        String best = null;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                bestHits = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        if (best == null || bestHits < MIN_HITS || bestHits < secondHits * MIN_LEAD) {
            return Optional.empty();
        }
        return Optional.of(best);
    }
}
