package org.annalist.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.Region;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.events.KeyEvents;
import org.annalist.events.StoredEvent;
import org.annalist.export.EventExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the stored events (dated ones in date order, then undated ones), filtered: filters combine.",
                "CSV (RFC 4180, UTF-8, formula cells neutralised), JSON, or TimelineJS3 JSON."})
class EventsCommand implements Callable<Integer> {

    enum Format { csv, json, timelinejs }

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--actor", paramLabel = "NAME", description = "An actor's name, alias or id (repeatable: any of them).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--place", paramLabel = "NAME", description = {"A place's name, alias or id (repeatable: any of them);",
            "a country also takes the events of its cities."})
    List<String> places = new ArrayList<>();

    @Option(names = "--region", paramLabel = "NAME", description = "A region's label or id (repeatable: any of them).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Events that end after this day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events that start before the end of this day.")
    LocalDate to;

    @Option(names = "--doc", paramLabel = "ID", description = "Events told by this document (repeatable).")
    List<Long> documents = new ArrayList<>();

    @Option(names = "--min-confidence", paramLabel = "C", defaultValue = "0",
            description = "Events whose confidence is at least C (0 to 1).")
    double minConfidence;

    @Option(names = "--min-sources", paramLabel = "N", defaultValue = "0",
            description = "Events told by at least N documents.")
    int minSources;

    @Option(names = "--text", paramLabel = "WORDS", description = "Words the title or a passage contains.")
    String text;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json or timelinejs (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--key", paramLabel = "N",
            description = "The N key events of the selection (by salience, the most salient first) instead of all events by date.")
    Integer key;

    @Option(names = "--key-dates", paramLabel = "N",
            description = "Print the N key dates of the selection (the days of its most salient events), one a line.")
    Integer keyDates;

    @Option(names = "--limit", defaultValue = "100000", description = "At most this many events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        EventRepository events = root.service(EventRepository.class);
        EntityDictionary dictionary = EntityDictionary.standard();
        List<String> actorIds = new ArrayList<>();
        for (String actor : actors) {
            // Any stored name or any alias the dictionary knows: Putin, Poutine, le président Poutine...
            List<String> ids = new ArrayList<>(events.entitiesCalled(actor));
            if (ids.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No actor named '" + TerminalText.safe(actor) + "'");
            }
            actorIds.addAll(ids);
        }
        List<String> placeIds = new ArrayList<>();
        for (String place : places) {
            List<String> ids = events.entitiesCalled(place).stream()
                    .filter(id -> dictionary.entity(id).map(e -> e.type().isPlace()).orElse(true)).toList();
            if (ids.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No place named '" + TerminalText.safe(place) + "'");
            }
            placeIds.addAll(ids);
        }
        List<String> regionIds = new ArrayList<>();
        for (String region : regions) {
            String id = dictionary.regions().containsKey(region) ? region
                    : dictionary.regionByLabel(region).map(Region::id).orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(), "No region '" + TerminalText.safe(region) + "' (known: " + String.join(", ",
                            dictionary.regions().values().stream().map(Region::labelFr).toList()) + ")"));
            regionIds.add(id);
        }
        EventFilter filter;
        try {
            filter = new EventFilter(actorIds, regionIds, from == null ? null : from.atStartOfDay(),
                    to == null ? null : to.plusDays(1).atStartOfDay(), documents, text, from == null && to == null,
                    minConfidence, minSources, placeIds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-confidence, --min-sources: " + e.getMessage());
        }
        KeyEvents keys = root.service(KeyEvents.class);
        PrintWriter out = spec.commandLine().getOut();
        if (keyDates != null) {
            if (keyDates < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--key-dates must be at least 1, not " + keyDates);
            }
            keys.keyDates(filter, keyDates).forEach(out::println);
            out.flush();
            return CommandLine.ExitCode.OK;
        }
        if (key != null && key < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--key must be at least 1, not " + key);
        }
        keys.refresh();
        List<StoredEvent> found = key != null ? keys.top(filter, Math.min(key, limit)) : events.find(filter, limit);
        EventExport export = new EventExport(id -> {
            Region region = dictionary.regions().get(id);
            return region == null ? id : region.labelFr();
        });
        switch (format) {
            case csv -> export.csv(found, out);
            case json -> export.json(found, out);
            case timelinejs -> export.timelineJs(found, "Annalist", out);
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
