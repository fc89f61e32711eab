package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The TempEval-3 measures on small hand-made gold, worked out by hand from the task description's definitions. */
class TempEvalTest {

    private static final String TIMEML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1999-05-17" functionInDocument="CREATION_TIME">1999-05-17</TIMEX3></DCT>
            <TITLE>Not <TIMEX3 tid="t9" type="DATE" value="1999">scored</TIMEX3></TITLE>
            <TEXT>Il est venu <TIMEX3 tid="t1" type="DATE" value="1999-05-16">hier</TIMEX3> <EVENT eid="e1">matin</EVENT>, \
            et repartira <TIMEX3 tid="t2" type="DATE" value="1999-05-21" mod="APPROX">vendredi</TIMEX3> pour \
            <TIMEX3 tid="t3" type="DURATION" value="P2W">deux semaines</TIMEX3> &amp; plus, \
            <TIMEX3 tid="t4" type="SET" value="P1D">chaque jour</TIMEX3>.</TEXT>
            </TimeML>
            """;

    @Test
    void readsTheTextTheTimexesAndTheCreationTime() throws Exception {
        GoldDocument document = TimeMlReader.parse("hand.tml", new ByteArrayInputStream(TIMEML.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.dct()).isEqualTo(LocalDate.of(1999, 5, 17));
        assertThat(document.text()).isEqualTo("Il est venu hier matin, et repartira vendredi pour deux semaines & plus, chaque jour.");
        assertThat(document.timexes()).hasSize(4);
        GoldDocument.GoldTimex friday = document.timexes().get(1);
        assertThat(document.text().substring(friday.begin(), friday.end())).isEqualTo("vendredi");
        assertThat(friday.mod()).isEqualTo(TimexMod.APPROX);
        assertThat(document.timexes().get(3).type()).isEqualTo(TimexType.SET);
    }

    @Test
    void scoresAsTheTaskDescriptionDefines() throws Exception {
        GoldDocument document = TimeMlReader.parse("hand.tml", new ByteArrayInputStream(TIMEML.getBytes(StandardCharsets.UTF_8)));
        String text = document.text();
        // 'hier matin' overlaps 'hier' (relaxed, wrong extent, right value); 'vendredi' exact but wrong value;
        // 'deux semaines' exact, right; 'chaque jour' missed; 'plus' spurious.
        List<TimeMlTimex> found = List.of(
                found(text, "hier matin", TimexType.TIME, "1999-05-16"),
                found(text, "vendredi", TimexType.DATE, "1999-05-14"),
                found(text, "deux semaines", TimexType.DURATION, "P2W"),
                found(text, "plus", TimexType.DATE, "FUTURE_REF"));
        TempEval.Score score = TempEval.score(List.of(document), d -> found);
        assertThat(score.gold()).isEqualTo(4);
        assertThat(score.system()).isEqualTo(4);
        assertThat(score.strictPrecision()).isEqualTo(2 / 4.0);
        assertThat(score.strictRecall()).isEqualTo(2 / 4.0);
        assertThat(score.relaxedPrecision()).isEqualTo(3 / 4.0);
        assertThat(score.relaxedRecall()).isEqualTo(3 / 4.0);
        // Value right on 2 of the relaxed matches: P = 2/4, R = 2/4; type right on 2 ('hier matin' is a TIME).
        assertThat(score.valueF1()).isCloseTo(0.5, within(1e-9));
        assertThat(score.typeF1()).isCloseTo(0.5, within(1e-9));
        // Attribute F1 is attribute accuracy times relaxed F1 (the task description's identity).
        assertThat(score.valueF1()).isCloseTo((2 / 3.0) * score.relaxedF1(), within(1e-9));
        assertThat(score.count(TempEval.ErrorClass.MISSED)).isEqualTo(1);
        assertThat(score.count(TempEval.ErrorClass.SPURIOUS)).isEqualTo(1);
        assertThat(score.count(TempEval.ErrorClass.EXTENT)).isEqualTo(1);
        assertThat(score.count(TempEval.ErrorClass.VALUE)).isEqualTo(1);
        assertThat(score.count(TempEval.ErrorClass.TYPE)).isEqualTo(1);
        assertThat(score.errors().get(TempEval.ErrorClass.MISSED).get(0)).contains("'chaque jour' SET P1D");
    }

    @Test
    void oneExpressionOverTwoGoldOnesIsCreditedOnceForItsAttributes() {
        String text = "du 19 au 23 juillet";
        GoldDocument document = new GoldDocument("range", text, LocalDate.of(1999, 7, 1), "fr", List.of(
                new GoldDocument.GoldTimex(3, 5, TimexType.DATE, "1999-07-19", null),
                new GoldDocument.GoldTimex(9, 19, TimexType.DATE, "1999-07-23", null)));
        TempEval.Score score = TempEval.score(List.of(document),
                d -> List.of(new TimeMlTimex(0, 19, text, TimexType.DATE, "1999-07-23", null)));
        // Both gold expressions are overlapped (relaxed recall 1) and the one found overlaps (precision 1), but
        // the attributes are compared on one pair only.
        assertThat(score.relaxedF1()).isEqualTo(1.0);
        assertThat(score.strictF1()).isEqualTo(0.0);
        assertThat(score.valueCorrect()).isEqualTo(1);
        assertThat(score.valueF1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
    }

    private static TimeMlTimex found(String text, String words, TimexType type, String value) {
        int begin = text.indexOf(words);
        return new TimeMlTimex(begin, begin + words.length(), words, type, value, null);
    }
}
