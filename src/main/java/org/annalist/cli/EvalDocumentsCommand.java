package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.event.Extraction;
import org.annalist.reading.LayoutEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "eval-documents", mixinStandardHelpOptions = true,
        description = {"Scores how crawled pages are read against a hand annotation: headline accuracy, body",
                "precision and recall by characters, events read from outside the body; and, over the whole corpus,",
                "events with titles of 3 words or fewer and dated outside the corpus's years.",
                "GOLD.tsv: see src/test/resources/gold/documents/GUIDE.md (no database needed)."})
class EvalDocumentsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD.tsv")
    Path gold;

    @Option(names = "--corpus", paramLabel = "FOLDER",
            description = "The annotated corpus (default: ../shared/corpora/ml-crisis-fr-dev).")
    Path corpus = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev");

    @Option(names = "--errors", description = "Also list every difference.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No corpus folder " + corpus + " (give --corpus)");
        }
        List<LayoutEvaluation.Gold> cases;
        try {
            cases = LayoutEvaluation.readGold(gold);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LayoutEvaluation.Score score = new LayoutEvaluation(Extraction.standard()).evaluate(corpus, cases);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on %s%n", gold, corpus);
        out.println(score.report());
        if (errors) {
            score.errors().forEach(out::println);
        }
        return 0;
    }
}
