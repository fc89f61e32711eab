package org.annalist.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.documents.DocumentCorrections;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = {"Reads stored documents again with the current extractor (page layout, dates, actors, events),",
                "keeping every correction a person made to events. One line a document, as it goes."})
class ReextractCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static class Which {
        @Option(names = "--all", required = true, description = "Every stored document.")
        boolean all;

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Document ids (see: annalist documents).")
        List<Long> ids;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Override
    public Integer call() {
        DocumentCorrections corrections = root.service(DocumentCorrections.class);
        List<Long> ids = which.all ? corrections.allDocuments() : which.ids;
        PrintWriter out = spec.commandLine().getOut();
        int[] failed = {0};
        int done = corrections.reread(ids, r -> {
            if (r.failure() != null) {
                failed[0]++;
                out.printf("failed     #%d (%d/%d): %s%n", r.documentId(), r.position(), r.total(), TerminalText.safe(r.failure()));
            } else {
                out.printf("re-read    #%d (%d/%d): %d dates, %d mentions, %d events%n", r.documentId(), r.position(),
                        r.total(), r.counts().timexes(), r.counts().mentions(), r.counts().events());
            }
            out.flush();
        });
        out.printf("%d re-read, %d failed%n", done, failed[0]);
        return failed[0] == 0 ? CommandLine.ExitCode.OK : AnnalistCommand.REJECTED;
    }
}
