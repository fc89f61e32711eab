package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.temporal.GoldCase;
import org.annalist.temporal.GoldDocument;
import org.annalist.temporal.TempEval;
import org.annalist.temporal.TemporalTagger;
import org.annalist.temporal.TimeMlReader;
import org.annalist.temporal.TimeMlView;
import org.annalist.temporal.Timex;
import org.annalist.temporal.TimexEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-timex", mixinStandardHelpOptions = true,
        description = {"Scores the temporal tagger against gold annotations, with the TempEval-3 measures: strict and",
                "relaxed extent P/R/F1, value and type F1 over relaxed matches, and the errors by class.",
                "GOLD: TimeML (a .tml file or a folder of them, the DCT from the CREATION_TIME TIMEX3) or the",
                "TSV cases (text with [[marked]] expressions, DCT, expected 'TYPE VALUE [MOD]', see",
                "src/test/resources/lang/TIMEX-CASES.md)."})
class EvalTimexCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD", description = "A .tml file, a folder of .tml files, or a .tsv file of cases.")
    Path gold;

    @Option(names = "--lang", paramLabel = "fr|en|auto", defaultValue = "auto",
            description = "Language of the texts (default: ${DEFAULT-VALUE}: the document's xml:lang, else detected; "
                    + "for TSV, the name of the file's folder, e.g. lang/fr/).")
    String language;

    @Option(names = "--errors", description = "List every difference, grouped by class (missed, spurious, extent, "
            + "value, type).")
    boolean errors;

    private final TemporalTagger tagger = TemporalTagger.standard();

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(gold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such file or folder: " + gold);
        }
        String forced = language.equals("auto") ? null : language.toLowerCase(Locale.ROOT);
        if (forced != null && !tagger.languages().contains(forced)) {
            throw unknownLanguage();
        }
        boolean tsv = !Files.isDirectory(gold) && gold.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        PrintWriter out = spec.commandLine().getOut();
        List<GoldDocument> documents;
        try {
            documents = tsv ? tsvDocuments(forced, out) : TimeMlReader.read(gold);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!tsv) {
            out.printf("%s: %d TimeML documents, %s%n", gold, documents.size(), forced == null
                    ? "language from each document" : "language " + forced);
        }
        List<String> languages = new ArrayList<>();
        TempEval.Score score = TempEval.score(documents, document -> {
            String lang = forced != null ? forced : document.language() != null
                    && tagger.languages().contains(document.language()) ? document.language()
                    : tagger.detectLanguage(document.text(), "en");
            if (!languages.contains(lang)) {
                languages.add(lang);
            }
            List<Timex> timexes = tagger.tag(document.text(), lang, document.dct());
            // The TSV cases follow Annalist's own reading; TimeML gold, TimeML's.
            return tsv ? TimeMlView.asIs(timexes) : TimeMlView.of(timexes, document.text(), lang);
        });
        if (!tsv) {
            out.println("languages: " + String.join(", ", languages));
        }
        out.println(score.report());
        if (errors) {
            for (TempEval.ErrorClass errorClass : TempEval.ErrorClass.values()) {
                List<String> listed = score.errors().get(errorClass);
                out.printf("%n== %s (%d)%n", errorClass.name().toLowerCase(Locale.ROOT), listed.size());
                listed.forEach(out::println);
            }
        } else if (score.errors().values().stream().anyMatch(list -> !list.isEmpty())) {
            out.println("(--errors lists them)");
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** The TSV cases as documents; also prints the tagger's own measures on them (its reading, not TimeML's). */
    private List<GoldDocument> tsvDocuments(String forced, PrintWriter out) throws IOException {
        String lang = forced;
        if (lang == null) {
            Path folder = gold.toAbsolutePath().getParent();
            lang = folder == null ? null : folder.getFileName().toString();
        }
        if (lang == null || !tagger.languages().contains(lang)) {
            throw unknownLanguage();
        }
        List<GoldCase> cases = GoldCase.read(gold);
        out.printf("%s: %d cases (%d traps), language %s%n", gold, cases.size(),
                cases.stream().filter(GoldCase::isTrap).count(), lang);
        TimexEvaluation.Score own = new TimexEvaluation(tagger).evaluate(cases, lang);
        out.println("Annalist's own reading (ranges as one expression, PRESENT_REF):");
        out.println(own.report());
        out.println("TempEval-3 measures:");
        String fileName = gold.getFileName().toString();
        String caseLanguage = lang;
        return cases.stream().map(c -> GoldDocument.of(c, fileName, caseLanguage)).toList();
    }

    private CommandLine.ParameterException unknownLanguage() {
        return new CommandLine.ParameterException(spec.commandLine(), "Give --lang (known: "
                + String.join(", ", tagger.languages()) + ")");
    }
}
