package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression floors on the TimeML development corpora, scored as {@code annalist eval-timex} scores them (TempEval-3
 * measures, TimeML reading of the tagger's expressions). The corpora are not in the repository: they are read from
 * {@code ../shared/corpora/} beside it, and the test is skipped, saying so, where they are absent. The floors sit a
 * little below the figures reached (README, "Temporal tagging"), so that a change which loses ground shows.
 */
class TimexDevSetsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // corpus,          language, strict F1, relaxed F1, value F1, type F1
            "fr-timebank-dev, fr, 0.87, 0.91, 0.86, 0.88",
            "tbaq,            en, 0.865, 0.92, 0.79, 0.875"})
    void scoresAtLeastTheFloors(String corpus, String language, double strict, double relaxed, double value,
                                double type) throws Exception {
        Path folder = Path.of("../shared/corpora", corpus);
        assumeTrue(Files.isDirectory(folder), "skipped: " + folder.toAbsolutePath().normalize()
                + " is absent (the development corpora live beside the repository, in ../shared)");
        List<GoldDocument> documents = TimeMlReader.read(folder);
        TemporalTagger tagger = TemporalTagger.standard();
        TempEval.Score score = TempEval.score(documents,
                d -> TimeMlView.of(tagger.tag(d.text(), language, d.dct()), d.text(), language));
        System.out.println(corpus + ":\n" + score.report());
        assertThat(score.strictF1()).as("strict F1").isGreaterThanOrEqualTo(strict);
        assertThat(score.relaxedF1()).as("relaxed F1").isGreaterThanOrEqualTo(relaxed);
        assertThat(score.valueF1()).as("value F1").isGreaterThanOrEqualTo(value);
        assertThat(score.typeF1()).as("type F1").isGreaterThanOrEqualTo(type);
    }
}
