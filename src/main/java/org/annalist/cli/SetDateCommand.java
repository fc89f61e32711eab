package org.annalist.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.annalist.documents.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "set-date", mixinStandardHelpOptions = true,
        description = {"Sets the publication date of a stored document (e.g. one ingested undated);",
                "its dates and events are read again against it."})
class SetDateCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The document id (see: annalist documents).")
    long id;

    @Parameters(index = "1", paramLabel = "DATE", description = "The publication date, YYYY-MM-DD.")
    LocalDate date;

    @Override
    public Integer call() {
        boolean found;
        try {
            found = root.service(IngestService.class).setPublished(id, date);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("annalist: " + e.getMessage());
            return AnnalistCommand.REJECTED;
        }
        if (!found) {
            spec.commandLine().getErr().println("annalist: no document " + id);
            return AnnalistCommand.REJECTED;
        }
        spec.commandLine().getOut().println("document " + id + " published " + date);
        return CommandLine.ExitCode.OK;
    }
}
