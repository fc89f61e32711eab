package org.annalist.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.annalist.lang.Folding;
import org.annalist.lang.Lexicon;

/**
 * The words that two passages are compared by: folded, the language's function words ({@code stopwords.txt}) and
 * words of one or two letters left out, cut to six letters (a crude stem that makes "manifestants" and
 * "manifestation" one word, in any language that inflects at its words' ends).
 */
public final class MergeWords {

    static final int STEM = 6;
    private static final Map<String, Set<String>> STOPWORDS = new ConcurrentHashMap<>();

    private MergeWords() {
    }

    /** Each word's count in the text. */
    public static Map<String, Integer> of(String text, String language) {
        Set<String> stop = STOPWORDS.computeIfAbsent(language == null ? "fr" : language,
                l -> Set.copyOf(Lexicon.of(l).words("stopwords.txt").stream().map(Folding::fold).toList()));
        Map<String, Integer> counts = new HashMap<>();
        for (String word : Folding.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3 || stop.contains(word)) {
                continue;
            }
            counts.merge(word.length() > STEM ? word.substring(0, STEM) : word, 1, Integer::sum);
        }
        return counts;
    }
}
