package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.event.Extraction;
import org.junit.jupiter.api.Test;

/**
 * eval-merge and eval-key-dates on the crawled dev corpus: floors a little below today's figures, and above the rules
 * they replaced (titles sharing words; days by number of events or of articles). Skipped when ../shared is absent.
 */
class MergeAndKeyDatesEvaluationTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev");
    private static final Path LABELS = Path.of("src", "test", "resources", "gold", "merge", "ml-crisis-fr-dev.tsv");

    @Test
    void mergesTheLabelledPassagesAtLeastAsWellAsToday() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpora/ml-crisis-fr-dev is not there: evaluation skipped");
        List<MergeEvaluation.Item> labels = MergeEvaluation.readGold(LABELS);
        MergeEvaluation.Score score = new MergeEvaluation(Extraction.standard(), false).evaluate(CORPUS, labels);
        MergeEvaluation.Score before = new MergeEvaluation(Extraction.standard(), true).evaluate(CORPUS, labels);
        System.out.println(score.report());
        assertThat(score.found()).isEqualTo(labels.size());
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.63);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.23).isGreaterThan(2 * before.recall());
        assertThat(score.bcubedPrecision()).isGreaterThanOrEqualTo(0.86);
    }

    @Test
    void keyDatesBeatTheBaselines() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpora/ml-crisis-fr-dev is not there: evaluation skipped");
        List<KeyDatesEvaluation.TopicScore> scores = new KeyDatesEvaluation(Extraction.standard()).evaluate(CORPUS);
        System.out.println(KeyDatesEvaluation.report(scores));
        assertThat(scores).extracting(KeyDatesEvaluation.TopicScore::topic).containsExactly("egypt", "yemen");
        double mean = scores.stream().mapToDouble(s -> s.salience().f1()).average().orElseThrow();
        double byEvents = scores.stream().mapToDouble(s -> s.byEvents().f1()).average().orElseThrow();
        double byArticles = scores.stream().mapToDouble(s -> s.byArticles().f1()).average().orElseThrow();
        assertThat(mean).isGreaterThanOrEqualTo(0.19).isGreaterThan(byEvents).isGreaterThan(byArticles);
    }
}
