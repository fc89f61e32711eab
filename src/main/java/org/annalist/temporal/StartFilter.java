package org.annalist.temporal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first three characters a match of a pattern may start with, worked out once from the compiled pattern: a rule
 * is tried at a word start only if the text there could begin one of its matches. Most word starts near a trigger
 * ("the", "of", "said") begin no match of most rules, and a look-up is far cheaper than a failed match.
 *
 * <p>Sound by construction: for each prefix of one, two or three characters of {@link #ALPHABET} the pattern is
 * matched against the prefix alone; if it neither matches nor reads to the end of the prefix ({@link
 * Matcher#hitEnd()}), no text starting so can match. A word start is described by the {@link #key} of its first
 * three characters (of the lower-cased text); a character outside the alphabet lets every rule through. A rule
 * matched on the text's own case is probed with every capitalisation of each prefix.
 */
final class StartFilter {

    /** Lower-case letters, digits, the punctuation that follows a word's first characters, French letters. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 '-.,:/àâçéèêëîïôûùü";
    private static final int SIZE = ALPHABET.length() + 1;
    private static final int OTHER = ALPHABET.length();
    private static final int LETTERS = 26;
    private static final byte[] SYMBOL = new byte[0x250];

    static {
        java.util.Arrays.fill(SYMBOL, (byte) OTHER);
        for (int i = 0; i < ALPHABET.length(); i++) {
            SYMBOL[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private final boolean anyCase;
    /** Bit {@code key}: a match may start with those three characters. */
    private final long[] allowed = new long[(SIZE * SIZE * SIZE + 63) / 64];

    /**
     * @param anyCase whether the pattern is matched on the text's own case: a prefix is then possible if one of its
     *                capitalisations is ("Monday", "MONDAY", "monday" are all described by "mon")
     */
    StartFilter(Pattern pattern, boolean anyCase) {
        this.anyCase = anyCase;
        Matcher m = pattern.matcher("");
        for (int a = 0; a < SIZE; a++) {
            if (a != OTHER && !possible(m, "" + ALPHABET.charAt(a))) {
                continue;
            }
            for (int b = 0; b < SIZE; b++) {
                if (a != OTHER && b != OTHER && !possible(m, "" + ALPHABET.charAt(a) + ALPHABET.charAt(b))) {
                    continue;
                }
                // The third character is told apart after two letters only ("the" from "thu"); after a digit or a
                // sign any may follow.
                boolean letters = a < LETTERS && b < LETTERS;
                for (int c = 0; c < SIZE; c++) {
                    if (!letters || c == OTHER
                            || possible(m, "" + ALPHABET.charAt(a) + ALPHABET.charAt(b) + ALPHABET.charAt(c))) {
                        int key = (a * SIZE + b) * SIZE + c;
                        allowed[key >>> 6] |= 1L << key;
                    }
                }
            }
        }
    }

    private boolean possible(Matcher m, String prefix) {
        if (!anyCase) {
            return possibleAsWritten(m, prefix);
        }
        char[] chars = prefix.toCharArray();
        for (int variant = 0; variant < 1 << chars.length; variant++) {
            for (int i = 0; i < chars.length; i++) {
                char c = prefix.charAt(i);
                chars[i] = (variant & (1 << i)) != 0 ? Character.toUpperCase(c) : c;
            }
            if (possibleAsWritten(m, new String(chars))) {
                return true;
            }
        }
        return false;
    }

    private static boolean possibleAsWritten(Matcher m, String prefix) {
        m.reset(prefix);
        return m.lookingAt() || m.hitEnd();
    }

    /** The key of the three characters at {@code at} (past the end of the text: any character). */
    static int key(String text, int at) {
        return (symbol(text, at) * SIZE + symbol(text, at + 1)) * SIZE + symbol(text, at + 2);
    }

    private static int symbol(String text, int i) {
        if (i >= text.length()) {
            return OTHER;
        }
        char c = text.charAt(i);
        return c < SYMBOL.length ? SYMBOL[c] : OTHER;
    }

    /** Whether a match may start at a word start of this {@link #key}. */
    boolean allows(int key) {
        return (allowed[key >>> 6] & (1L << key)) != 0;
    }
}
