package org.annalist.linguistic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a span of text into words and punctuation, as the UD treebanks do: an elided article or pronoun is a word of
 * its own ("l'" "Otan", "qu'" "il", "n'" "a"), a hyphenated name stays one word ("Seif el-Islam", "porte-parole"), a
 * number keeps its decimal comma or point and its thousands spaces are not joined ("51,7", "1.5"). Offsets are kept.
 */
public final class Tokens {

    private Tokens() {
    }

    public static List<Token> split(String text, int begin, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = begin;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                while (i < end && (Character.isDigit(text.charAt(i))
                        || ((text.charAt(i) == ',' || text.charAt(i) == '.') && i + 1 < end && Character.isDigit(text.charAt(i + 1))))) {
                    i++;
                }
                while (i < end && Character.isLetter(text.charAt(i))) {
                    i++; // "1er", "21e", "3rd"
                }
            } else if (isNegativeClitic(text, i, end)) {
                i += 3;
            } else if (Character.isLetter(c)) {
                while (i < end) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '.' && isAcronymDot(text, i, end)) && i + 1 < end
                            && Character.isLetter(text.charAt(i + 1))) {
                        i++;
                    } else if (d == '\'' || d == '’') {
                        // "l'", "qu'", "aujourd'hui", "don't": an elision ends the word after its apostrophe.
                        if (i + 1 < end && Character.isLetter(text.charAt(i + 1))) {
                            String before = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                            if (before.equals("aujourd")) {
                                i++;
                                continue;
                            }
                            if (before.length() > 1 && before.endsWith("n") && Character.toLowerCase(text.charAt(i + 1)) == 't'
                                    && (i + 2 >= end || !Character.isLetter(text.charAt(i + 2)))) {
                                // English "didn't": "did" + "n't", as UD splits it.
                                i--;
                                break;
                            }
                            i++;
                        }
                        break;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            tokens.add(new Token(start, i, text.substring(start, i), null));
        }
        return tokens;
    }

    private static boolean isNegativeClitic(String text, int i, int end) {
        return i + 2 < end + 0 && i >= 1 && Character.isLetter(text.charAt(i - 1)) && (text.charAt(i) == 'n' || text.charAt(i) == 'N')
                && (text.charAt(i + 1) == '\'' || text.charAt(i + 1) == '’') && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T')
                && (i + 3 >= end || !Character.isLetter(text.charAt(i + 3)));
    }

    /** "U.S.", "M." inside a word: a dot between single capitals. */
    private static boolean isAcronymDot(String text, int i, int end) {
        return i >= 1 && Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2))
                || text.charAt(i - 2) == '.') && i + 1 < end && Character.isUpperCase(text.charAt(i + 1));
    }
}
