package org.annalist.entity;

import java.util.Arrays;

/**
 * The words of a text with their offsets, and whether two neighbours may belong to one name: separated only by a
 * space, a hyphen or an apostrophe ("Al-Qaïda", "Qassem Soleimani", "l'Iran"), not by punctuation or a paragraph.
 */
final class Tokenizer {

    final String text;
    final int count;
    final int[] starts;
    final int[] ends;
    /** Each token folded ({@link Names#fold}), when first asked for: the finder's passes ask for the same words again. */
    private final String[] folded;

    Tokenizer(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 5);
        int[] s = new int[capacity];
        int[] e = new int[capacity];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = start;
            e[n] = i;
            n++;
        }
        this.count = n;
        this.starts = s;
        this.ends = e;
        this.folded = new String[n];
    }

    /** Token {@code i} folded, as {@code Names.fold(token(i))}. */
    String folded(int i) {
        String f = folded[i];
        if (f == null) {
            f = Names.fold(text, starts[i], ends[i]);
            folded[i] = f;
        }
        return f;
    }

    /** Letters, digits, and the "@" of a handle (@JZarif). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@';
    }

    /** Whether token {@code i} and token {@code i + 1} may be parts of one name. */
    boolean joined(int i) {
        int gap = starts[i + 1] - ends[i];
        if (gap < 1 || gap > 2) {
            return false;
        }
        boolean initials = ends[i] - starts[i] == 1 && ends[i + 1] - starts[i + 1] == 1;
        for (int k = ends[i]; k < starts[i + 1]; k++) {
            char c = text.charAt(k);
            // "U.S.", "U.N.": initials joined by periods.
            if (c != ' ' && c != '-' && c != '\'' && c != '’' && c != '\u00A0' && c != '‑' && !(c == '.' && initials)) {
                return false;
            }
        }
        return true;
    }

    String token(int i) {
        return text.substring(starts[i], ends[i]);
    }

    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i])) || text.charAt(starts[i]) == '@';
    }
}
