package org.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annalist.documents.IngestResult;
import org.annalist.documents.IngestService;
import org.annalist.lang.Lexicon;
import org.annalist.reading.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Stores documents (.txt, .md, .html) with their metadata. Folders are read recursively.",
                "Prints one line a document (stored / unchanged / rejected and why), then a summary.",
                "A document already stored (same text) is left unchanged."})
class IngestCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for documents that state none in front matter or meta tags.")
    LocalDate published;

    @Option(names = "--language", paramLabel = "CODE",
            description = "Language (fr, en) for documents that state none in front matter or meta tags.")
    String language;

    @Override
    public Integer call() {
        if (language != null && !Lexicon.languages().contains(language.toLowerCase(Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown language '" + language + "' (known: " + String.join(", ", Lexicon.languages()) + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        IngestOptions options = new IngestOptions(published, language == null ? null : language.toLowerCase(Locale.ROOT));
        List<IngestResult> results = root.service(IngestService.class)
                .ingestPaths(paths, options, result -> out.println(TerminalText.safe(result.line())));
        return summary(results, out);
    }

    /** The summary line under the documents' lines, and the exit code: some input rejected or not. */
    static int summary(List<IngestResult> results, PrintWriter out) {
        Map<IngestResult.Status, Integer> counts = new EnumMap<>(IngestResult.Status.class);
        results.forEach(result -> counts.merge(result.status(), 1, Integer::sum));
        long undated = results.stream().filter(IngestResult::undated).count();
        out.printf("%d stored, %d unchanged, %d rejected%s%n",
                counts.getOrDefault(IngestResult.Status.STORED, 0),
                counts.getOrDefault(IngestResult.Status.UNCHANGED, 0),
                counts.getOrDefault(IngestResult.Status.REJECTED, 0),
                undated == 0 ? "" : " (" + undated + " stored without a publication date)");
        out.flush();
        return counts.containsKey(IngestResult.Status.REJECTED) ? AnnalistCommand.REJECTED : CommandLine.ExitCode.OK;
    }
}
