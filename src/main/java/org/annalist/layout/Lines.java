package org.annalist.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lines of a text with their offsets, and the fingerprint by which a line is known across documents. */
final class Lines {

    /** Lines shorter than this (in letters) are too common to say anything when they recur ("Accueil", "2011"). */
    private static final int FINGERPRINTED_LETTERS = 12;

    /** A line {@code [begin, end)} of the text (without its line break) and its text, trimmed. */
    record Line(int index, int begin, int end, String text, int words) {

        boolean blank() {
            return text.isEmpty();
        }
    }

    private Lines() {
    }

    static List<Line> of(String text, int from) {
        List<Line> lines = new ArrayList<>();
        int begin = from;
        while (begin <= text.length()) {
            int end = text.indexOf('\n', begin);
            if (end < 0) {
                end = text.length();
            }
            int contentEnd = end > begin && text.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = text.substring(begin, contentEnd).strip();
            lines.add(new Line(lines.size(), begin, contentEnd, line, words(line)));
            if (end == text.length()) {
                break;
            }
            begin = end + 1;
        }
        return lines;
    }

    static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    /** The fingerprint of a line: lower-cased, spaces collapsed; 0 for a line too short to tell. */
    static long fingerprint(String line) {
        StringBuilder normal = new StringBuilder(line.length());
        int letters = 0;
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = normal.length() > 0;
                continue;
            }
            if (space) {
                normal.append(' ');
                space = false;
            }
            normal.append(c);
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (letters < FINGERPRINTED_LETTERS) {
            return 0;
        }
        // FNV-1a, 64 bits: stable across runs and processes (String.hashCode's 32 bits collide too often at scale).
        long hash = 0xcbf29ce484222325L;
        String folded = normal.toString().toLowerCase(Locale.ROOT);
        for (int i = 0; i < folded.length(); i++) {
            hash ^= folded.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }

    /** The distinct fingerprints of a text's lines (none for lines too short to tell). */
    static Set<Long> fingerprints(String text) {
        Set<Long> fingerprints = new LinkedHashSet<>();
        for (Line line : of(text, 0)) {
            long fingerprint = fingerprint(line.text());
            if (fingerprint != 0) {
                fingerprints.add(fingerprint);
            }
        }
        return fingerprints;
    }
}
