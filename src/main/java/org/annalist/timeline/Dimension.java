package org.annalist.timeline;

import java.util.BitSet;
import java.util.Collection;
import java.util.Map;

/** Actors, regions or documents: keys coded as ints, with the events of each and the keys of each event. */
final class Dimension {
    final String[] keys;
    private final Map<String, Integer> codes;
    final int[][] ofEvent;
    private final int[][] events;

    Dimension(String[] keys, Map<String, Integer> codes, int[][] ofEvent, int[][] events) {
        this.keys = keys;
        this.codes = codes;
        this.ofEvent = ofEvent;
        this.events = events;
    }

    long bytes() {
        long bytes = 80L * keys.length;
        for (int[] codes : ofEvent) {
            bytes += 16 + 4L * codes.length;
        }
        for (int[] positions : events) {
            bytes += 16 + 4L * positions.length;
        }
        return bytes;
    }

    int code(String key) {
        return codes.getOrDefault(key, -1);
    }

    BitSet anyOf(Collection<String> wanted, int size) {
        BitSet result = new BitSet(size);
        for (String key : wanted) {
            int code = code(key);
            if (code >= 0) {
                for (int p : events[code]) {
                    result.set(p);
                }
            }
        }
        return result;
    }
}
