package org.annalist.timeline;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * The words of the events' titles and passages (in their searchable form), sorted, with the positions of the events
 * holding each: a query word finds every word it starts by binary search.
 */
final class WordIndex {

    private final String[] vocabulary;
    private final int[][] holders;

    WordIndex(Map<String, IntList> words) {
        this.vocabulary = words.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
        this.holders = new int[vocabulary.length][];
        for (int i = 0; i < vocabulary.length; i++) {
            holders[i] = words.get(vocabulary[i]).sortedDistinct();
        }
    }

    /** The events (of {@code size}) with a word that starts with {@code prefix}. */
    BitSet holdersOfPrefix(String prefix, int size) {
        BitSet result = new BitSet(size);
        int i = Arrays.binarySearch(vocabulary, prefix);
        for (i = i >= 0 ? i : -i - 1; i < vocabulary.length && vocabulary[i].startsWith(prefix); i++) {
            for (int p : holders[i]) {
                result.set(p);
            }
        }
        return result;
    }

    long bytes() {
        long bytes = 16L * holders.length;
        for (int i = 0; i < vocabulary.length; i++) {
            bytes += 56 + vocabulary[i].length() + 16 + 4L * holders[i].length;
        }
        return bytes;
    }
}
