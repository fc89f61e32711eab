package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.evaluation.MergeEvaluation;
import org.annalist.event.Extraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-merge", mixinStandardHelpOptions = true,
        description = {"Scores the merging of events across documents against passages a person grouped into events:",
                "pairwise precision, recall and F1 of 'one event', and B-cubed.",
                "LABELS.tsv: see src/test/resources/gold/merge/GUIDE.md (no database needed)."})
class EvalMergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "LABELS.tsv")
    Path labels;

    @Option(names = "--corpus", paramLabel = "FOLDER",
            description = "The labelled corpus (default: ../shared/corpora/ml-crisis-fr-dev).")
    Path corpus = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev");

    @Option(names = "--errors", description = "Also list every pair judged otherwise than the labels.")
    boolean errors;

    @Option(names = "--titles-only", description = "Score the decision used before (titles sharing words) instead.")
    boolean titlesOnly;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Write the decision's figures for every labelled pair across documents (to fit its weights).")
    Path features;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No corpus folder " + corpus + " (give --corpus)");
        }
        List<MergeEvaluation.Item> items;
        try {
            items = MergeEvaluation.readGold(labels);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        MergeEvaluation.Score score = new MergeEvaluation(Extraction.standard(), titlesOnly).evaluate(corpus, items);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on %s%n", labels, corpus);
        out.println(score.report());
        if (errors) {
            score.errors().forEach(out::println);
        }
        if (features != null) {
            Files.write(features, score.features());
        }
        return 0;
    }
}
