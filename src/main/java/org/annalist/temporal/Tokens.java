package org.annalist.temporal;

import java.util.Arrays;

/**
 * The words of a lower-cased text, found once and shared by the trigger indexes of every language: offsets of their
 * starts and ends, whether they hold a digit, and the offsets where a rule may start (word starts, and quotes before
 * a word: "'90s").
 */
final class Tokens {

    final int count;
    final int[] starts;
    final int[] ends;
    final boolean[] digits;
    /** The hash of each word as trigger indexes key it (a final "s" of a word over three letters left out). */
    final int[] hashes;
    final int[] ruleStarts;
    /** For each rule start, the {@link StartFilter#key} of its first characters. */
    final int[] startKeys;

    /** Letters and digits of ASCII, without the look-ups of {@link Character#isLetterOrDigit}. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isWord(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    Tokens(String lower) {
        this(lower, lower.toCharArray());
    }

    /** @param chars the characters of {@code lower} (read as an array: the text is scanned several times) */
    Tokens(String lower, char[] chars) {
        int capacity = Math.max(16, lower.length() / 5);
        int[] tokenStarts = new int[capacity];
        int[] tokenEnds = new int[capacity];
        boolean[] tokenDigits = new boolean[capacity];
        int[] candidates = new int[capacity];
        int tokens = 0;
        int candidateCount = 0;
        int length = chars.length;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (!isWord(c)) {
                if (c == '\'' && (i == 0 || !isWord(chars[i - 1]))) {
                    candidates = grow(candidates, candidateCount);
                    candidates[candidateCount++] = i;
                }
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < length && isWord(chars[i])) {
                digit |= (chars[i] >= '0' && chars[i] <= '9' || chars[i] >= 128 && Character.isDigit(chars[i]));
                i++;
            }
            if (tokens == tokenStarts.length) {
                tokenStarts = Arrays.copyOf(tokenStarts, tokens * 2);
                tokenEnds = Arrays.copyOf(tokenEnds, tokens * 2);
                tokenDigits = Arrays.copyOf(tokenDigits, tokens * 2);
            }
            tokenStarts[tokens] = start;
            tokenEnds[tokens] = i;
            tokenDigits[tokens] = digit;
            tokens++;
            candidates = grow(candidates, candidateCount);
            candidates[candidateCount++] = start;
        }
        this.count = tokens;
        this.starts = tokenStarts;
        this.ends = tokenEnds;
        this.digits = tokenDigits;
        this.hashes = new int[tokens];
        for (int t = 0; t < tokens; t++) {
            int end = keyEnd(lower, tokenStarts[t], tokenEnds[t]);
            int hash = 0;
            for (int k = tokenStarts[t]; k < end; k++) {
                hash = 31 * hash + chars[k];
            }
            hashes[t] = hash;
        }
        this.ruleStarts = Arrays.copyOf(candidates, candidateCount);
        this.startKeys = new int[candidateCount];
        for (int k = 0; k < candidateCount; k++) {
            startKeys[k] = StartFilter.key(lower, ruleStarts[k]);
        }
    }

    /** Where a word's key ends: plural and singular alike ("lundis" is keyed "lundi"). */
    static int keyEnd(String lower, int start, int end) {
        return end - start > 3 && lower.charAt(end - 1) == 's' ? end - 1 : end;
    }

    private static int[] grow(int[] array, int used) {
        return used == array.length ? Arrays.copyOf(array, used * 2) : array;
    }
}
