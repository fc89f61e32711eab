package org.annalist.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.annalist.curation.EventCuration;
import org.annalist.curation.NewEvent;
import org.annalist.event.Role;
import org.annalist.security.SystemIdentity;
import org.annalist.temporal.Granularity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "add-event", mixinStandardHelpOptions = true,
        description = {"Adds an event by hand: its title, date and precision (or none), actors, places, a note, and",
                "optionally the passage of a stored document that tells it. Prints the new event's id.",
                "Re-extraction never replaces it; its history starts with 'created'."})
class AddEventCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--title", required = true, description = "What happened, as a timeline label.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A day of the event's period (none: undated).")
    LocalDate date;

    @Option(names = "--precision", defaultValue = "DAY",
            description = "day, month, year or decade (default: day): the period of that size that holds --date.")
    String precision;

    @Option(names = "--actor", paramLabel = "ID[:ROLE]",
            description = "An actor's entity id (see: annalist entities), with its role AGENT, PATIENT or OTHER (default). Repeatable.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--place", paramLabel = "ID", description = "A place's entity id. Repeatable.")
    List<String> places = new ArrayList<>();

    @Option(names = "--note", description = "A note on the event.")
    String note;

    @Option(names = "--document", paramLabel = "ID", description = "The document that tells it (see: annalist documents).")
    Long document;

    @Option(names = "--passage", description = "The words of that document's passage (found in its text).")
    String passage;

    @Override
    public Integer call() {
        try {
            if ((document == null) != (passage == null)) {
                throw new IllegalArgumentException("--document and --passage go together");
            }
            Granularity granularity = Granularity.valueOf(precision.strip().toUpperCase(java.util.Locale.ROOT));
            if (!EventCuration.PRECISIONS.contains(granularity)) {
                throw new IllegalArgumentException("Unsupported precision " + precision + ": day, month, year or decade");
            }
            String who = SystemIdentity.commandLine();
            Map<String, Role> roles = new LinkedHashMap<>();
            for (String actor : actors) {
                int colon = actor.lastIndexOf(':');
                String id = colon < 0 ? actor : actor.substring(0, colon);
                Role role = colon < 0 ? Role.OTHER : Role.valueOf(actor.substring(colon + 1).toUpperCase(java.util.Locale.ROOT));
                roles.put(id, role);
            }
            NewEvent event = new NewEvent(title,
                    date == null ? EventCuration.undated(who) : EventCuration.dateAt(date, granularity, who), roles,
                    new LinkedHashSet<>(places), note, document == null ? null : new NewEvent.Passage(document, passage));
            long id = root.service(EventCuration.class).add(event, who);
            spec.commandLine().getOut().println("event " + id + " added");
            return CommandLine.ExitCode.OK;
        } catch (IllegalArgumentException | NoSuchElementException e) {
            spec.commandLine().getErr().println("annalist: " + e.getMessage());
            return AnnalistCommand.REJECTED;
        }
    }
}
