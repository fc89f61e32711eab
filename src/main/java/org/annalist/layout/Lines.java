package org.annalist.layout;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        return fingerprint(line, 0, line.length());
    }

    /**
     * The fingerprint of {@code text[begin, end)}, trimmed, lower-cased, runs of spaces as one: FNV-1a over 64 bits,
     * stable across runs and processes (String.hashCode's 32 bits collide too often at scale), computed in one pass
     * without copying the line (every line of every document is fingerprinted as it is stored and read).
     */
    static long fingerprint(CharSequence text, int begin, int end) {
        long hash = 0xcbf29ce484222325L;
        int letters = 0;
        boolean started = false;
        boolean space = false;
        for (int i = begin; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = started;
                continue;
            }
            if (space) {
                hash = (hash ^ ' ') * 0x100000001b3L;
                space = false;
            }
            started = true;
            if (Character.isLetter(c)) {
                letters++;
            }
            hash = (hash ^ Character.toLowerCase(c)) * 0x100000001b3L;
        }
        if (letters < FINGERPRINTED_LETTERS) {
            return 0;
        }
        return hash == 0 ? 1 : hash;
    }

    /** The distinct fingerprints of a text's lines (none for lines too short to tell). */
    static Set<Long> fingerprints(String text) {
        Set<Long> fingerprints = new LinkedHashSet<>();
        int begin = 0;
        while (begin <= text.length()) {
            int end = text.indexOf('\n', begin);
            if (end < 0) {
                end = text.length();
            }
            long fingerprint = fingerprint(text, begin, end);
            if (fingerprint != 0) {
                fingerprints.add(fingerprint);
            }
            begin = end + 1;
        }
        return fingerprints;
    }
}
