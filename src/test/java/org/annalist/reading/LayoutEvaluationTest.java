package org.annalist.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.event.Extraction;
import org.junit.jupiter.api.Test;

/**
 * eval-documents on the crawled dev corpus against the hand annotation: floors a little below today's figures, so
 * that a change that reads more furniture as article (or loses the article) is seen. Skipped when ../shared is absent.
 */
class LayoutEvaluationTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev");
    private static final Path GOLD = Path.of("src", "test", "resources", "gold", "documents", "ml-crisis-fr-dev.tsv");

    @Test
    void readsTheCrawledDevCorpusAtLeastAsWellAsToday() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpora/ml-crisis-fr-dev is not there: evaluation skipped");
        LayoutEvaluation.Score score = new LayoutEvaluation(Extraction.standard())
                .evaluate(CORPUS, LayoutEvaluation.readGold(GOLD));
        System.out.println(score.report());
        assertThat(score.documents()).isEqualTo(40);
        assertThat(score.headlineAccuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.bodyPrecision()).isGreaterThanOrEqualTo(0.985);
        assertThat(score.bodyRecall()).isGreaterThanOrEqualTo(0.98);
        assertThat(score.bodyF1()).isGreaterThanOrEqualTo(0.98);
        assertThat((double) score.eventsOutsideBody() / score.events()).isLessThanOrEqualTo(0.01);
    }
}
