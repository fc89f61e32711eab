package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.evaluation.KeyDatesEvaluation;
import org.annalist.event.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-key-dates", mixinStandardHelpOptions = true,
        description = {"Scores the key dates of each topic of a corpus against the reference timeline journalists wrote",
                "for it (CORPUS/TOPIC/ articles, CORPUS/reference/TOPIC.txt): Date-F1 of the N most salient days",
                "(N = the reference's number of dates), beside the days by articles published and by events.",
                "No database needed."})
class EvalKeyDatesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", arity = "0..1",
            description = "The corpus folder (default: ../shared/corpora/ml-crisis-fr-dev).")
    Path corpus = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev");

    @Option(names = "--days", description = "Also print the chosen days, marking those of the reference.")
    boolean days;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus.resolve("reference"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No reference/ folder in " + corpus);
        }
        List<KeyDatesEvaluation.TopicScore> scores = new KeyDatesEvaluation(Extraction.standard()).evaluate(corpus);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("key dates on %s%n", corpus);
        out.println(KeyDatesEvaluation.report(scores));
        if (days) {
            scores.forEach(s -> out.printf("%s: %s%n", s.topic(), s.chosen()));
        }
        return 0;
    }
}
