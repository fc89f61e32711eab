package org.annalist.lang;

import java.text.Normalizer;

/**
 * The one way Annalist compares words and names whatever their case and accents: "Téhéran" = "teheran". Used by name
 * matching, event similarity, the filters' choice lists and word search (whose stored form must not change without a
 * migration that computes it again).
 */
public final class Folding {

    private Folding() {
    }

    /**
     * Lower case, without accents, typographic apostrophes as ASCII; one character for one (offsets in the folded text
     * are offsets in the original, for text in the Basic Multilingual Plane).
     */
    public static String fold(CharSequence text, int start, int end) {
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
                stripped.append(c == '\u2019' ? '\'' : c);
            }
        }
        return stripped.toString();
    }

    public static String fold(String text) {
        return fold(text, 0, text.length());
    }

    /**
     * The searchable form of a text: its words (letters and digits), lower case, accents and ligatures folded ("Œuvre"
     * gives "oeuvre"), each preceded and followed by one space; null for null. Stored beside titles and passages for word search:
     * changing what it returns needs a migration that computes them again.
     */
    public static String searchWords(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length() + 2).append(' ');
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                appendFolded(out, Character.toLowerCase(c));
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Letters that Unicode does not decompose into a base letter and an accent. */
    private static void appendFolded(StringBuilder out, int c) {
        switch (c) {
            case 'œ' -> out.append("oe");
            case 'æ' -> out.append("ae");
            case 'ß' -> out.append("ss");
            case 'ø' -> out.append('o');
            case 'ł' -> out.append('l');
            case 'đ' -> out.append('d');
            case 'ı' -> out.append('i');
            default -> out.appendCodePoint(c);
        }
    }
}
