package org.annalist.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs and sentences of a text, as offsets. A paragraph ends at a blank line; a sentence at . ! ? … followed by
 * a capital, a quote or a digit, or at a line break. Initials ("M.", "U.S.") do not end a sentence.
 */
final class Sentences {

    record Span(int begin, int end, int paragraph) {
        boolean contains(int offset) {
            return offset >= begin && offset < end;
        }
    }

    private Sentences() {
    }

    static List<Span> paragraphs(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= text.length()) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (text.substring(i, lineEnd).isBlank() || lineEnd == text.length()) {
                int end = text.substring(i, lineEnd).isBlank() ? i : lineEnd;
                add(paragraphs, text, start, end, paragraphs.size());
                start = lineEnd + 1;
            }
            i = lineEnd + 1;
        }
        return paragraphs;
    }

    static List<Span> sentences(String text, Span paragraph) {
        List<Span> sentences = new ArrayList<>();
        int start = paragraph.begin();
        for (int i = paragraph.begin(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean end = false;
            if (c == '\n') {
                end = true;
            } else if (c == '.' || c == '!' || c == '?' || c == '…') {
                int next = i + 1;
                while (next < paragraph.end() && ".!?…»\"”)]*".indexOf(text.charAt(next)) >= 0) {
                    next++;
                }
                int word = next;
                while (word < paragraph.end() && (text.charAt(word) == ' ' || text.charAt(word) == '\u00A0')) {
                    word++;
                }
                boolean initial = c == '.' && i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                        && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
                // An abbreviation before a number ("Aug. 7", "Sept. 11", "No. 3"): a short capitalised word.
                if (c == '.' && !initial && word < paragraph.end() && Character.isDigit(text.charAt(word))) {
                    int abbreviation = i;
                    while (abbreviation > paragraph.begin() && Character.isLetter(text.charAt(abbreviation - 1))) {
                        abbreviation--;
                    }
                    initial = i - abbreviation >= 1 && i - abbreviation <= 4 && Character.isUpperCase(text.charAt(abbreviation));
                }
                if (word > next && word < paragraph.end() && !initial) {
                    char first = text.charAt(word);
                    end = Character.isUpperCase(first) || Character.isDigit(first) || first == '«' || first == '"'
                            || first == '“' || first == '*' || first == '[';
                }
                if (end) {
                    i = next - 1;
                }
            }
            if (end) {
                add(sentences, text, start, i + 1, paragraph.paragraph());
                start = i + 1;
            }
        }
        add(sentences, text, start, paragraph.end(), paragraph.paragraph());
        return sentences;
    }

    private static void add(List<Span> spans, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end, paragraph));
        }
    }
}
