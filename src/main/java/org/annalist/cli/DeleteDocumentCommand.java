package org.annalist.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.documents.DocumentCorrections.Deletion;
import org.annalist.documents.DocumentCorrections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "delete-document", mixinStandardHelpOptions = true,
        description = {"Deletes stored documents with what was read from them: the events a document alone told go,",
                "events other documents also tell stay. Events a person corrected that only it tells are listed and",
                "kept, with the document, unless --confirm."})
class DeleteDocumentCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Document ids (see: annalist documents).")
    List<Long> ids;

    @Option(names = "--confirm", description = "Also delete the corrected events these documents alone tell.")
    boolean confirm;

    @Override
    public Integer call() {
        DocumentCorrections corrections = root.service(DocumentCorrections.class);
        PrintWriter out = spec.commandLine().getOut();
        int code = CommandLine.ExitCode.OK;
        for (long id : ids) {
            Deletion deletion = corrections.delete(id, confirm);
            switch (deletion.outcome()) {
                case DELETED -> out.printf("deleted    #%d %s: %d events removed, %d kept (told elsewhere)%s%n", id,
                        quoted(deletion.plan().title()), deletion.plan().removed().size()
                                + (confirm ? deletion.plan().correctedOnlyHere().size() : 0),
                        deletion.plan().kept().size(), "");
                case NEEDS_CONFIRMATION -> {
                    out.printf("kept       #%d %s: it alone tells %d corrected events %s; run again with --confirm to delete them too%n",
                            id, quoted(deletion.plan().title()), deletion.plan().correctedOnlyHere().size(),
                            deletion.plan().correctedOnlyHere());
                    code = AnnalistCommand.REJECTED;
                }
                case NOT_FOUND -> {
                    spec.commandLine().getErr().println("annalist: no document " + id);
                    code = AnnalistCommand.REJECTED;
                }
            }
        }
        return code;
    }

    private static String quoted(String title) {
        return "\"" + TerminalText.safe(title) + "\"";
    }
}
