package org.annalist.linguistic;

/**
 * A word or a punctuation mark of a text, with its part of speech.
 *
 * @param begin UTF-16 offset of its first character in the text it was read from
 * @param end   offset just after it
 * @param pos   its Universal Dependencies part of speech (NOUN, PROPN, VERB, AUX, ADP, DET, PRON, NUM, PUNCT...),
 *              or null when the sentence was tokenized but not tagged
 */
public record Token(int begin, int end, String text, String pos) {

    /** Whether its tag is one of these; a contraction's tag ("au" ADP+DET, "n't" AUX+PART) is each of its parts. */
    public boolean is(String... tags) {
        if (pos == null) {
            return false;
        }
        for (String tag : tags) {
            if (tag.equals(pos) || pos.indexOf('+') > 0 && ("+" + pos + "+").contains("+" + tag + "+")) {
                return true;
            }
        }
        return false;
    }

    /** A noun, a proper noun or a pronoun: what can be a subject or an object. */
    public boolean isNominal() {
        return is("NOUN", "PROPN", "PRON");
    }

    public boolean isVerbal() {
        return is("VERB", "AUX");
    }
}
