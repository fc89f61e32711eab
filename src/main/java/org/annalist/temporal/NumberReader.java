package org.annalist.temporal;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a number written in digits ({@code 24}, {@code 1,5}) or in words of the language's {@code numbers.txt}
 * ({@code vingt et un}, {@code quatre-vingt-dix-sept}, {@code twenty-one}): the longest known word at each step is
 * added; hundreds and thousands multiply what precedes them. The words that join two number words ("et" in French) are
 * the language's {@code number-links.txt}.
 */
final class NumberReader {

    /** "5 1/2": a whole number and a fraction. */
    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("(\\d+) (\\d)/(\\d)");

    private NumberReader() {
    }

    static OptionalDouble read(String phrase, TemporalLexicon lexicon) {
        return read(phrase, lexicon.table("number"), lexicon.numberLinks());
    }

    static OptionalDouble read(String phrase, Map<String, String> words, Set<String> links) {
        String text = TemporalLexicon.normalize(phrase);
        if (text.matches("\\d+(?:[.,]\\d)?")) {
            return OptionalDouble.of(Double.parseDouble(text.replace(',', '.')));
        }
        java.util.regex.Matcher fraction = FRACTION.matcher(text);
        if (fraction.matches()) {
            return OptionalDouble.of(Integer.parseInt(fraction.group(1))
                    + Double.parseDouble(fraction.group(2)) / Double.parseDouble(fraction.group(3)));
        }
        long total = 0;
        long current = 0;
        int i = 0;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                i++;
                continue;
            }
            String link = wordAt(text, i, links);
            if (link != null) {
                i += link.length();
                continue;
            }
            String longest = wordAt(text, i, words.keySet());
            if (longest == null) {
                return OptionalDouble.empty();
            }
            long value = Long.parseLong(words.get(longest));
            if (value == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (value == 1000) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else if (current == 1 && value < 10 && total == 0) {
                // "a four-week", "a six year": the article, then the number.
                current = value;
            } else {
                current += value;
            }
            any = true;
            i += longest.length();
        }
        return any ? OptionalDouble.of(total + current) : OptionalDouble.empty();
    }

    /** The longest of {@code words} written at {@code i}, ending at a space, a hyphen or the end; null if none. */
    private static String wordAt(String text, int i, Set<String> words) {
        String longest = null;
        for (String word : words) {
            if (text.startsWith(word, i) && (i + word.length() == text.length()
                    || text.charAt(i + word.length()) == ' ' || text.charAt(i + word.length()) == '-')
                    && (longest == null || word.length() > longest.length())) {
                longest = word;
            }
        }
        return longest;
    }
}
