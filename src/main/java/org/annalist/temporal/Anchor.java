package org.annalist.temporal;

import java.time.LocalDate;

/**
 * What a relative expression was resolved against: the document creation time, or a previous expression of the text
 * (its begin offset and text).
 */
public record Anchor(Kind kind, LocalDate date, Integer begin, String text) {

    public enum Kind { DCT, PREVIOUS }

    static Anchor dct(LocalDate dct) {
        return new Anchor(Kind.DCT, dct, null, null);
    }

    static Anchor previous(Timex timex) {
        return new Anchor(Kind.PREVIOUS, timex.interval().start().toLocalDate(), timex.begin(), timex.text());
    }
}
