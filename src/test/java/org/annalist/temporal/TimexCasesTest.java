package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The per-language corpus of cases (src/test/resources/lang/&lt;code&gt;/timex-cases.tsv) is the tagger's test suite: every
 * case must come out exactly as annotated (span, type, value, mod), and no trap may be tagged.
 */
class TimexCasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyCaseOfTheCorpusPasses(String language) throws Exception {
        List<GoldCase> cases = GoldCase.read(Path.of("src/test/resources/lang", language, "timex-cases.tsv"));
        TimexEvaluation.Score score = new TimexEvaluation(TemporalTagger.standard()).evaluate(cases, language);
        System.out.println(language + ": " + cases.size() + " cases\n" + score.report());
        assertThat(score.errors()).as(language + " corpus").isEmpty();
    }
}
