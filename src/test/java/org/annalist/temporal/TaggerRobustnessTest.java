package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.annalist.lang.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thousands of random texts made of the words the rules look for (months, units, numbers, labels...), digits and
 * punctuation: the tagger never throws, and every expression lies inside the text and is what its offsets say.
 */
class TaggerRobustnessTest {

    private static final String[] PIECES = {"0", "1", "3", "12", "24", "29", "31", "32", "99", "1350", "1990", "2015",
            "2020", "9999", "00:00", "9:32", "25:61", "21h32", "h", "PM", "am", "-", "–", "/", ".", ",", ":", "'", "’",
            "(", ")", "\n", "\n\n", "  ", "\u00A0", "é", "XXe", "IIIe", "le", "la", "l'", "du", "au", "de", "à", "en",
            "il y a", "dans", "depuis", "pendant", "the", "on", "in", "from", "to", "between", "and", "et", "every",
            "chaque", "ce", "cette", "ago", "later", "plus tard", "soir", "night", "siècle", "century", "années", "s",
            "mi", "mid", "fin", "début", "early", "late", "trimestre", "quarter", "Q1", "semestre", "half", "€", "$", "%",
            "km", "Article", "page", "rue", "Avenue", "😀"};

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void randomTextsNeverBreakTheTagger(String language) {
        List<String> words = new ArrayList<>(List.of(PIECES));
        for (String table : List.of("months.txt", "weekdays.txt", "numbers.txt", "units.txt", "ordinals.txt",
                "parts-of-day.txt", "seasons.txt", "directions.txt", "relative-days.txt", "modifiers.txt", "approximations.txt")) {
            words.addAll(Lexicon.of(language).table(table).keySet());
        }
        Random random = new Random(20260121L);
        TemporalTagger tagger = TemporalTagger.standard();
        int expressions = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(25);
            for (int w = 0; w < length; w++) {
                String word = words.get(random.nextInt(words.size()));
                text.append(random.nextBoolean() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
                text.append(random.nextInt(4) == 0 ? "" : " ");
            }
            String input = text.toString();
            LocalDate dct = LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28));
            List<Timex> timexes = tagger.tag(input, language, dct);
            int previousEnd = 0;
            for (Timex t : timexes) {
                assertThat(t.begin()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(t.end()).isGreaterThan(t.begin()).isLessThanOrEqualTo(input.length());
                assertThat(input.substring(t.begin(), t.end())).isEqualTo(t.text());
                assertThat(t.value()).isNotBlank();
                assertThat(t.explanation()).isNotBlank();
                if (t.interval() != null) {
                    assertThat(t.interval().start()).isBefore(t.interval().end());
                }
                assertThat(t.resolved()).isEqualTo(!t.value().equals(Timex.UNRESOLVED));
                previousEnd = t.end();
            }
            expressions += timexes.size();
        }
        assertThat(expressions).as("the random texts do contain expressions").isGreaterThan(1000);
    }
}
