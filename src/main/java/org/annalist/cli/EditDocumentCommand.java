package org.annalist.cli;

import java.util.concurrent.Callable;
import org.annalist.documents.DocumentCorrections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "edit-document", mixinStandardHelpOptions = true,
        description = {"Corrects a stored document's title or language (a new language reads the text again);",
                "for the publication date see set-date."})
class EditDocumentCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The document id (see: annalist documents).")
    long id;

    @Option(names = "--title", paramLabel = "TITLE", description = "The document's title.")
    String title;

    @Option(names = "--language", paramLabel = "fr|en", description = "The language its text is read in.")
    String language;

    @Override
    public Integer call() {
        if (title == null && language == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give --title or --language");
        }
        if (language != null && !org.annalist.lang.Lexicon.languages().contains(language)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown language " + language + " (known: "
                    + String.join(", ", org.annalist.lang.Lexicon.languages()) + ")");
        }
        if (!root.service(DocumentCorrections.class).edit(id, title, language)) {
            spec.commandLine().getErr().println("annalist: no document " + id);
            return AnnalistCommand.REJECTED;
        }
        spec.commandLine().getOut().println("document " + id + " corrected");
        return CommandLine.ExitCode.OK;
    }
}
