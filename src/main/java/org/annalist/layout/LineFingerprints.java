package org.annalist.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The fingerprints of the lines of a set of documents, each counted once a document, in memory. */
public final class LineFingerprints {

    private final Map<Long, Integer> documents = new HashMap<>();

    /** The distinct fingerprints of a text's lines, as the store keeps them (lines too short to tell left out). */
    public static Set<Long> of(String text) {
        return Lines.fingerprints(text);
    }

    /** Counts the distinct lines of one more document. */
    public synchronized void add(String text) {
        for (long fingerprint : Lines.fingerprints(text)) {
            documents.merge(fingerprint, 1, Integer::sum);
        }
    }

    /** The memory as it stands: the documents added so far (not yet the one being read). */
    public FurnitureMemory memory() {
        return fingerprint -> {
            synchronized (this) {
                return documents.getOrDefault(fingerprint, 0);
            }
        };
    }
}
