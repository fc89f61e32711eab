package org.annalist.event;

/**
 * How rare a word is in the documents read so far (its inverse document frequency): words every article has weigh
 * nothing in a text similarity, a name or a rare verb weighs much. The store counts words in its documents; an
 * evaluation over a corpus counts them in the corpus.
 */
@FunctionalInterface
public interface WordRarity {

    /** Every word alike (no statistics yet). */
    WordRarity UNIFORM = (language, word) -> 1.0;

    /** {@code log((documents + 1) / (documents with the word + 1)) + 1}, or the like; never negative. */
    double idf(String language, String word);

    /** The usual smoothed inverse document frequency. */
    static double idf(long documents, long documentsWithWord) {
        return Math.log((documents + 1.0) / (documentsWithWord + 1.0)) + 1.0;
    }
}
