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
