package org.annalist.temporal;

import java.time.LocalDate;
import java.util.List;

/**
 * An annotated text to score the tagger against: a TimeML document, or a case of the TSV corpus.
 *
 * @param name     where it comes from (a file name, a line number), for reports
 * @param language the language the document declares, or null when it is to be given or detected
 */
public record GoldDocument(String name, String text, LocalDate dct, String language, List<GoldTimex> timexes) {

    /** An annotated TIMEX3: its span in {@code text}, type, value and modifier (null when none). */
    public record GoldTimex(int begin, int end, TimexType type, String value, TimexMod mod) {

        boolean overlaps(int otherBegin, int otherEnd) {
            return begin < otherEnd && otherBegin < end;
        }
    }

    public static GoldDocument of(GoldCase gold, String file, String language) {
        List<GoldTimex> timexes = gold.expected().stream()
                .map(e -> new GoldTimex(e.begin(), e.end(), e.type(), e.value(), e.mod())).toList();
        return new GoldDocument(file + ":" + gold.line(), gold.text(), gold.dct(), language, timexes);
    }
}
