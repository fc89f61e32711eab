package org.annalist.layout;

/**
 * What other documents share a line: a line (normalised, see {@link Lines#fingerprint}) found in several documents of
 * a collection is the site's furniture (a menu, a blog's description, a footer), not an article's text. Kept by the
 * store as documents arrive; in memory for a batch or an evaluation ({@link LineFingerprints}).
 */
public interface FurnitureMemory {

    /** How many other documents hold a line with this fingerprint. */
    int otherDocumentsWith(long fingerprint);

    FurnitureMemory NONE = fingerprint -> 0;

    /** The memory a table of counts gives (fingerprint → other documents holding it). */
    static FurnitureMemory of(java.util.Map<Long, Integer> counts) {
        return fingerprint -> counts.getOrDefault(fingerprint, 0);
    }
}
