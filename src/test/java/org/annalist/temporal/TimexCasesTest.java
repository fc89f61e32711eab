package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The per-language corpus of cases (src/test/resources/lang/&lt;code&gt;/timex-cases.tsv) is the tagger's test suite: every
 * case must come out exactly as annotated (span, type, value, mod), and no trap may be tagged. One test a line of the
 * corpus, named by its line, so that a failure says which case and why.
 */
class TimexCasesTest {

    private final TimexEvaluation evaluation = new TimexEvaluation(TemporalTagger.standard());

    @TestFactory
    Stream<DynamicContainer> everyCaseOfTheCorpusPasses() throws Exception {
        return Stream.of("fr", "en").map(language -> {
            Path file = Path.of("src/test/resources/lang", language, "timex-cases.tsv");
            List<GoldCase> cases;
            try {
                cases = GoldCase.read(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return DynamicContainer.dynamicContainer(language + " (" + cases.size() + " cases)", file.toUri(),
                    cases.stream().map(c -> DynamicTest.dynamicTest(name(c), () -> {
                        TimexEvaluation.Score score = evaluation.evaluate(List.of(c), language);
                        assertThat(score.errors()).as("%s line %d: %s", file, c.line(), c.text()).isEmpty();
                    })));
        });
    }

    private static String name(GoldCase c) {
        String text = c.text().length() > 70 ? c.text().substring(0, 67) + "..." : c.text();
        return "line " + c.line() + (c.expected().isEmpty() ? " (trap): " : ": ") + text;
    }
}
