package org.annalist.entity;

import org.annalist.lang.Folding;

/** How names are compared: lower case, without accents, typographic apostrophes as ASCII ("Téhéran" = "teheran"). */
final class Names {

    private Names() {
    }

    static String fold(CharSequence text, int start, int end) {
        return Folding.fold(text, start, end);
    }

    static String fold(String text) {
        return Folding.fold(text);
    }
}
