package org.annalist.temporal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A case of the timex corpus (format in {@code src/test/resources/lang/TIMEX-CASES.md}): a text whose expected
 * expressions are marked {@code [[...]]}, its DCT, and the expected type, value and mod of each.
 *
 * @param line the line number in its file, for reports
 */
public record GoldCase(int line, String text, LocalDate dct, List<Expected> expected) {

    /** An expected expression: its span in the unmarked text and its normalization. */
    public record Expected(int begin, int end, TimexType type, String value, TimexMod mod) {
    }

    public boolean isTrap() {
        return expected.isEmpty();
    }

    public static List<GoldCase> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            cases.add(parse(i + 1, line, file.getFileName().toString()));
        }
        return cases;
    }

    static GoldCase parse(int number, String line, String file) {
        String[] columns = line.split("\t");
        if (columns.length != 3) {
            throw new IllegalArgumentException(file + ":" + number + ": expected 3 tab-separated columns");
        }
        LocalDate dct;
        try {
            dct = LocalDate.parse(columns[1].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ":" + number + ": bad DCT '" + columns[1] + "'");
        }
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        String marked = columns[0];
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("[[", i);
            if (open < 0) {
                text.append(marked, i, marked.length());
                break;
            }
            int close = marked.indexOf("]]", open);
            if (close < 0) {
                throw new IllegalArgumentException(file + ":" + number + ": unclosed [[");
            }
            text.append(marked, i, open);
            int begin = text.length();
            text.append(marked, open + 2, close);
            spans.add(new int[] {begin, text.length()});
            i = close + 2;
        }
        String expectedColumn = columns[2].strip();
        List<Expected> expected = new ArrayList<>();
        if (!expectedColumn.equals("-")) {
            String[] entries = expectedColumn.split("\\s*;\\s*");
            if (entries.length != spans.size()) {
                throw new IllegalArgumentException(file + ":" + number + ": " + spans.size() + " marked spans but "
                        + entries.length + " expected values");
            }
            for (int k = 0; k < entries.length; k++) {
                String[] parts = entries[k].strip().split("\\s+");
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalArgumentException(file + ":" + number + ": expected 'TYPE VALUE [MOD]', got " + entries[k]);
                }
                expected.add(new Expected(spans.get(k)[0], spans.get(k)[1], TimexType.valueOf(parts[0]), parts[1],
                        parts.length == 3 ? TimexMod.valueOf(parts[2]) : null));
            }
        } else if (!spans.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + number + ": a trap ('-') with marked spans");
        }
        return new GoldCase(number, text.toString(), dct, expected);
    }
}
