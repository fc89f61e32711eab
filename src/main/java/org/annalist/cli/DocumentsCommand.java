package org.annalist.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.documents.DocumentRepository;
import org.annalist.documents.DocumentSummary;
import org.annalist.reading.DocumentMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "documents", mixinStandardHelpOptions = true,
        description = "Lists the stored documents, newest publication first, undated ones last.")
class DocumentsCommand implements Callable<Integer> {

    enum Format { table, json }

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DocumentSummary> documents = root.service(DocumentRepository.class).list();
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(documents));
        } else {
            out.printf("%5s  %-10s  %-4s  %-20s  %8s  %s%n", "ID", "PUBLISHED", "LANG", "OUTLET", "CHARS", "TITLE");
            for (DocumentSummary d : documents) {
                DocumentMetadata m = d.metadata();
                out.printf("%5d  %-10s  %-4s  %-20s  %8d  %s%n", d.id(),
                        m.publishedOn() == null ? "undated" : m.publishedOn(),
                        TerminalText.safe(m.language() == null ? "?" : m.language()), TerminalText.safe(cut(m.outlet(), 20)),
                        d.charCount(), TerminalText.safe(m.title() == null ? d.sourceName() : m.title()));
            }
            out.printf("%d document%s%n", documents.size(), documents.size() == 1 ? "" : "s");
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private static String cut(String value, int width) {
        if (value == null) {
            return "";
        }
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
