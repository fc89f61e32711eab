package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.temporal.GoldCase;
import org.annalist.temporal.TemporalTagger;
import org.annalist.temporal.TimexEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-timex", mixinStandardHelpOptions = true,
        description = {"Scores the temporal tagger against gold cases: precision, recall and F1 of the spans",
                "(strict and relaxed), accuracy of type and value on the matches.",
                "GOLD.tsv: text with [[marked]] expressions, DCT, expected 'TYPE VALUE [MOD]' (see",
                "src/test/resources/lang/TIMEX-CASES.md); the corpus of each language is in that folder."})
class EvalTimexCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD.tsv")
    Path gold;

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "Language of the cases (default: the name of the file's folder, e.g. lang/fr/).")
    String language;

    @Option(names = "--errors", description = "Also list every difference.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        TemporalTagger tagger = TemporalTagger.standard();
        String lang = language;
        if (lang == null) {
            Path folder = gold.toAbsolutePath().getParent();
            lang = folder == null ? null : folder.getFileName().toString();
        }
        if (lang == null || !tagger.languages().contains(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --lang (known: "
                    + String.join(", ", tagger.languages()) + ")");
        }
        List<GoldCase> cases;
        try {
            cases = GoldCase.read(gold);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        TimexEvaluation.Score score = new TimexEvaluation(tagger).evaluate(cases, lang);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d cases (%d traps), language %s%n", gold, cases.size(),
                cases.stream().filter(GoldCase::isTrap).count(), lang);
        out.println(score.report());
        if (errors) {
            score.errors().forEach(out::println);
        } else if (!score.errors().isEmpty()) {
            out.println(score.errors().size() + " differences (--errors lists them)");
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
