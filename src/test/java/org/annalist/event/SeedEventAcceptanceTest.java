package org.annalist.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityFinder;
import org.annalist.reading.NewDocument;
import org.annalist.support.Acceptance;
import org.annalist.support.SeedDocuments;
import org.annalist.temporal.TemporalTagger;
import org.annalist.temporal.TimeInterval;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The events a reader expects in the seeds (../shared/acceptance/seed-events.json), from the real pipeline: tagger,
 * entity finder, event extractor. Required events must all be found; bonus ones are reported.
 */
class SeedEventAcceptanceTest {

    private final Map<String, List<ExtractedEvent>> events = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    private List<ExtractedEvent> events(String file) {
        return events.computeIfAbsent(file, f -> {
            NewDocument document = SeedDocuments.read(f);
            texts.put(f, document.text());
            String language = document.metadata().language();
            return new EventExtractor(EntityDictionary.standard()).extract(document.text(), document.bodyStart(), language,
                    TemporalTagger.standard().tag(document.text(), language, document.metadata().publishedOn()),
                    EntityFinder.standard().find(document.text(), language));
        });
    }

    /** The bonus events the reader now finds (the deeper readings): required too, so that none is lost again. */
    private static final java.util.Set<String> REQUIRED_BONUS = java.util.Set.of("alliance-from-2015", "missile-strike",
            "soleimani-killed-crossdoc");

    @Test
    void everyRequiredEventIsFound() {
        JsonNode acceptance = Acceptance.seedEvents();
        List<String> missing = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (JsonNode expected : acceptance.get("events")) {
            String id = expected.get("id").asString();
            String level = expected.get("level").asString();
            String file = expected.get("doc").asString();
            String why = closest(file, expected);
            report.add("%-26s %-8s %s".formatted(id, level, why == null ? "found" : "NOT FOUND: " + why));
            if (why != null && (level.equals("required") || REQUIRED_BONUS.contains(id))) {
                missing.add(id + ": " + why);
            }
        }
        report.forEach(System.out::println);
        assertThat(missing).isEmpty();
    }

    @Test
    void noEventComesFromTheHeaderTheFootersOrTheTraps() throws Exception {
        for (String file : List.of("000_f43ddd4b0e2a5c94.txt", "001_ff27fb5dbf59a9fe.txt")) {
            for (ExtractedEvent event : events(file)) {
                String passage = texts.get(file).substring(event.passageBegin(), event.passageEnd());
                assertThat(passage).doesNotContain("Copyright", "Mondialisation.ca, 29 janvier", "Mondialisation.ca, 10 janvier");
            }
        }
        for (Map<String, String> trap : Acceptance.rows("seed-traps.tsv")) {
            String file = trap.get("doc");
            for (ExtractedEvent event : events(file)) {
                String passage = texts.get(file).substring(event.passageBegin(), event.passageEnd());
                if (trap.get("why").contains("no event")) {
                    assertThat(passage).doesNotContain(trap.get("text"));
                }
                if (event.timex() != null) {
                    assertThat(event.timex().text()).doesNotContain(trap.get("text"));
                }
            }
        }
    }

    /** Null when an event of the document matches the expectation, else what the nearest candidate lacks. */
    private String closest(String file, JsonNode expected) {
        String best = "no event has the passage words " + expected.get("passage_has");
        for (ExtractedEvent event : events(file)) {
            String passage = texts.get(file).substring(event.passageBegin(), event.passageEnd()).toLowerCase(Locale.ROOT);
            boolean words = true;
            for (JsonNode word : expected.get("passage_has")) {
                words &= passage.contains(word.asString().toLowerCase(Locale.ROOT));
            }
            if (!words) {
                continue;
            }
            TimeInterval interval = event.dateTimex() == null ? null : event.dateTimex().interval();
            LocalDate day = LocalDate.parse(expected.get("must_contain").asString());
            if (interval == null || !interval.start().isBefore(day.plusDays(1).atStartOfDay())
                    || !interval.end().isAfter(day.atStartOfDay())) {
                best = "date " + (interval == null ? "none" : interval.start() + "/" + interval.end()) + " misses " + day;
                continue;
            }
            if (interval.end().isAfter(interval.start().plus(Period.parse(expected.get("max_width").asString())))) {
                best = "date " + interval.start() + "/" + interval.end() + " wider than " + expected.get("max_width").asString();
                continue;
            }
            List<String> actors = names(event.actors().stream().map(EventActor::entity).toList());
            List<String> places = names(event.places());
            String lacking = lacking(expected.get("actors"), actors, "actor") + lacking(expected.get("places"), places, "place");
            if (expected.has("regions")) {
                List<String> regions = event.regions().stream()
                        .map(r -> EntityDictionary.standard().regions().get(r).labelFr()).toList();
                lacking += lacking(expected.get("regions"), regions, "region");
            }
            if (expected.has("negated") && expected.get("negated").asBoolean() && event.polarity() != Polarity.NEGATED) {
                lacking += " not marked negated;";
            }
            if (lacking.isEmpty()) {
                return null;
            }
            best = lacking + " (has actors " + actors + ", places " + places + ")";
        }
        return best;
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().flatMap(e -> java.util.stream.Stream.of(e.nameFr(), e.nameEn()))
                .filter(Objects::nonNull).collect(Collectors.toList());
    }

    private static String lacking(JsonNode wanted, List<String> have, String what) {
        StringBuilder lacking = new StringBuilder();
        for (JsonNode name : wanted) {
            if (!have.contains(name.asString())) {
                lacking.append(" no ").append(what).append(' ').append(name.asString()).append(';');
            }
        }
        return lacking.toString();
    }
}
