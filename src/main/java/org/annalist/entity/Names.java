package org.annalist.entity;

import java.text.Normalizer;

/** How names are compared: lower case, without accents, typographic apostrophes as ASCII ("Téhéran" = "teheran"). */
final class Names {

    private Names() {
    }

    static String fold(CharSequence text, int start, int end) {
        StringBuilder folded = new StringBuilder(end - start);
        boolean plain = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                plain = false;
            }
            folded.append(Character.toLowerCase(c));
        }
        if (plain) {
            return folded.toString();
        }
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
        StringBuilder stripped = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                stripped.append(c == '’' ? '\'' : c);
            }
        }
        return stripped.toString();
    }

    static String fold(String text) {
        return fold(text, 0, text.length());
    }
}
