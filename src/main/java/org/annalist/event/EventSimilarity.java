package org.annalist.event;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.annalist.lang.Folding;

/**
 * Whether two mentions of events, from different documents, tell the same event: compatible dates (one interval
 * inside the other), at least one actor or place in common, and titles that share words.
 */
public final class EventSimilarity {

    /** Share of title words in common (Jaccard) above which two titles may tell the same thing. */
    static final double MIN_TITLE_OVERLAP = 0.15;

    private EventSimilarity() {
    }

    public static boolean compatible(LocalDateTime start1, LocalDateTime end1, LocalDateTime start2, LocalDateTime end2) {
        if (start1 == null || start2 == null) {
            return false;
        }
        boolean firstInside = !start1.isBefore(start2) && !end1.isAfter(end2);
        boolean secondInside = !start2.isBefore(start1) && !end2.isAfter(end1);
        return firstInside || secondInside;
    }

    public static double titleOverlap(String a, String b) {
        Set<String> first = words(a);
        Set<String> second = words(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(first);
        common.retainAll(second);
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return (double) common.size() / all.size();
    }

    public static boolean sameTitle(String a, String b) {
        return titleOverlap(a, b) >= MIN_TITLE_OVERLAP;
    }

    /** Content words: folded, four letters or more (a crude but language-free filter of function words). */
    private static Set<String> words(String title) {
        Set<String> words = new HashSet<>();
        String folded = Folding.fold(title);
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 4) {
                words.add(word.length() > 6 ? word.substring(0, 6) : word);
            }
        }
        return words;
    }
}
