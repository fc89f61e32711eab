package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reasoning the issue asks for, on sentences written for it (not from any corpus): the year of a partial date,
 * weekdays with dates, direction words, tense, two-digit years, numbers that are not years; and the TimeML view.
 */
class TimexReasoningTest {

    private final TemporalTagger tagger = TemporalTagger.standard();

    private String value(String language, String dct, String text, String expression) {
        return tagger.tag(text, language, LocalDate.parse(dct)).stream().filter(t -> t.text().equals(expression))
                .findFirst().map(Timex::value).orElse("not found");
    }

    @Test
    void aPartialDateTakesTheYearOfTheDctNotOfAFarDate() {
        String text = "La guerre d'Algérie s'achève en 1962. Depuis, le pays a connu bien des crises.\n\n"
                + "Le 21 avril, le président a levé l'état d'urgence.";
        assertThat(value("fr", "2011-04-25", text, "Le 21 avril")).isEqualTo("2011-04-21");
        assertThat(value("fr", "2002-09-14", "Le général quittera ses fonctions le 30 octobre.", "le 30 octobre"))
                .isEqualTo("2002-10-30");
    }

    @Test
    void aDateOfTheSameMonthInThePreviousSentenceGivesItsYear() {
        assertThat(value("en", "2020-01-10", "Fighters seized the city in June 2014. On June 29, they proclaimed a state.",
                "On June 29")).isEqualTo("2014-06-29");
    }

    @Test
    void aWeekdayChoosesTheYear() {
        assertThat(value("fr", "2002-09-10", "La rencontre aura lieu le jeudi 12 septembre à la salle des fêtes.",
                "le jeudi 12 septembre")).isEqualTo("2002-09-12");
        assertThat(value("fr", "2003-02-10", "Les obsèques seront célébrées lundi 17 février, à 14 h 30.",
                "lundi 17 février, à 14 h 30")).isEqualTo("2003-02-17T14:30");
    }

    @Test
    void directionWordsAndTense() {
        assertThat(value("fr", "2003-02-24", "Le conseil a vu le jour le 20 décembre dernier.", "le 20 décembre dernier"))
                .isEqualTo("2002-12-20");
        assertThat(value("fr", "1999-05-23", "Le contrat sera signé en juin prochain.", "en juin prochain"))
                .isEqualTo("1999-06");
        assertThat(value("fr", "2002-02-09", "Les attentats du 11 septembre ont mis un coup de frein au tourisme.",
                "du 11 septembre")).isEqualTo("2001-09-11");
        assertThat(value("fr", "2002-05-07", "La composition sera rendue publique ce mardi.", "ce mardi"))
                .isEqualTo("2002-05-07");
        assertThat(value("en", "1999-02-10", "The killings continued, most recently last October.", "last October"))
                .isEqualTo("1998-10");
    }

    @Test
    void aDateWithinTwoMonthsOfTheDctIsTheNearerOneWhateverTheTense() {
        assertThat(value("en", "1989-11-02", "The offer had been set to expire Nov. 6, the company said.", "Nov. 6"))
                .isEqualTo("1989-11-06");
        assertThat(value("en", "1989-10-26", "The dividend was declared, payable Dec. 14.", "Dec. 14")).isEqualTo("1989-12-14");
        assertThat(value("en", "1989-10-26", "The plant was closed in March for repairs.", "in March")).isEqualTo("1989-03");
    }

    @Test
    void aClauseWithoutAVerbTakesTheTenseOfItsSentence() {
        assertThat(value("en", "1990-08-13", "Over the weekend, Pentagon officials confirmed the move.", "the weekend"))
                .isEqualTo("1990-W32-WE");
    }

    @Test
    void plansMarkTheFutureBeforeTheWeekdayTheyDate() {
        assertThat(value("en", "1998-09-30", "The team planned to leave Nairobi on Thursday.", "on Thursday"))
                .isEqualTo("1998-10-01");
        assertThat(value("en", "1998-09-30", "On Friday, the government planned new talks.", "On Friday"))
                .isEqualTo("1998-09-25");
        assertThat(value("en", "2000-04-03", "They could come as soon as Tuesday.", "Tuesday")).isEqualTo("2000-04-04");
    }

    @Test
    void aYearAgoInAQuartersReportIsThatQuarterAYearBefore() {
        String text = "Net income rose in the third quarter to $5 million from $4 million a year ago. "
                + "Revenue was $9 million, against $8 million a year earlier, and a year-earlier loss.";
        assertThat(value("en", "1989-10-26", text, "in the third quarter")).isEqualTo("1989-Q3");
        assertThat(value("en", "1989-10-26", text, "a year ago")).isEqualTo("1988-Q3");
        assertThat(value("en", "1989-10-26", text, "a year earlier")).isEqualTo("1988-Q3");
        assertThat(value("en", "1989-10-26", text, "year-earlier")).isEqualTo("1988-Q3");
        assertThat(value("en", "1989-10-26", "Profit fell in the year-ago third quarter.", "in the year-ago third quarter"))
                .isEqualTo("1988-Q3");
        assertThat(value("en", "1989-10-26", "It could come as early as next year's first quarter.", "next year's first quarter"))
                .isEqualTo("1990-Q1");
    }

    @Test
    void yearsAsModifiersAndInWords() {
        assertThat(value("en", "1999-10-24", "A nurse was injured in the 1998 clinic bombing.", "1998")).isEqualTo("1998");
        assertThat(value("en", "1990-08-15", "Sanctions followed its 1990 invasion of Kuwait.", "1990")).isEqualTo("1990");
        assertThat(value("en", "1998-01-15", "In nineteen ninety-one he was convicted.", "In nineteen ninety-one")).isEqualTo("1991");
        assertThat(value("en", "1998-02-05", "Unemployment was to be halved by the year two thousand.",
                "by the year two thousand")).isEqualTo("2000");
        assertThat(value("en", "1998-01-15", "The army sent 1500 troops.", "1500")).isEqualTo("not found");
        assertThat(value("en", "1989-11-02", "It has 13 facilities, up from seven a year ago.", "a year ago")).isEqualTo("1988-11");
    }

    @Test
    void holidays() {
        assertThat(value("en", "2000-01-07", "Elian was found on Thanksgiving Day clinging to a tube.", "on Thanksgiving Day"))
                .isEqualTo("1999-11-25");
        assertThat(value("en", "2000-04-17", "Protesters prayed as Easter week began.", "Easter week")).isEqualTo("2000-W16");
        assertThat(value("en", "1998-10-26", "It will be a theme from now to Election Day.", "to Election Day".substring(3)))
                .isEqualTo("1998-11-03");
        assertThat(value("fr", "2000-01-07", "Il reviendra à Pâques.", "à Pâques")).isEqualTo("2000-04-23");
        assertThat(value("fr", "2000-01-07", "Le père Noël est passé.", "Noël")).isEqualTo("not found");
    }

    @Test
    void twoDigitYears() {
        assertThat(value("fr", "2002-01-21", "Le carambolage qui, le 10 novembre 93, a fait quinze morts.",
                "le 10 novembre 93")).isEqualTo("1993-11-10");
        assertThat(value("fr", "1999-05-23", "La réforme s'applique dès octobre 98.", "dès octobre 98"))
                .isEqualTo("1998-10");
    }

    @Test
    void numbersThatAreNotYears() {
        String text = "Plus de 1000 policiers ont été déployés dans un stade d'une capacité de 2000 places. "
                + "Voir https://www.example.fr/2013/07/03/article.html pour le détail.";
        assertThat(tagger.tag(text, "fr", LocalDate.of(2013, 7, 3))).isEmpty();
        assertThat(tagger.tag("Un chauffeur de bus de 38 ans a été agressé. Alain Dupont, 53 ans, employé.", "fr",
                LocalDate.of(1999, 5, 21))).isEmpty();
    }

    @Test
    void theTimeMlViewSplitsRangesAndDropsSignals() {
        String text = "La bibliothèque sera fermée du 19 au 23 juillet. Il est venu aujourd'hui, pendant la matinée.";
        List<Timex> timexes = tagger.tag(text, "fr", LocalDate.of(1999, 7, 9));
        assertThat(timexes).extracting(Timex::text).contains("du 19 au 23 juillet");
        List<TimeMlTimex> timeMl = TimeMlView.of(timexes, text, "fr");
        assertThat(timeMl).extracting(TimeMlTimex::text).containsExactly("19", "23 juillet", "aujourd'hui", "la matinée");
        assertThat(timeMl).extracting(TimeMlTimex::value)
                .containsExactly("1999-07-19", "1999-07-23", "1999-07-09", "1999-07-09TMO");
        TimeMlTimex first = timeMl.get(0);
        assertThat(text.substring(first.begin(), first.end())).isEqualTo("19");
    }
}
