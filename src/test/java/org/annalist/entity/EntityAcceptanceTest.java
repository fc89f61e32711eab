package org.annalist.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annalist.reading.NewDocument;
import org.annalist.support.Acceptance;
import org.annalist.support.SeedDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The actors, places, regions and aliases of ../shared/acceptance/seed-events.json, found in the seeds. */
class EntityAcceptanceTest {

    private final EntityFinder finder = EntityFinder.standard();
    private final Map<String, List<Mention>> byDocument = new HashMap<>();

    private List<Mention> mentions(String file) {
        return byDocument.computeIfAbsent(file, f -> {
            NewDocument document = SeedDocuments.read(f);
            return finder.find(document.text(), document.metadata().language());
        });
    }

    @Test
    void everyActorPlaceAndRegionOfTheSeedEventsIsFound() {
        JsonNode acceptance = Acceptance.seedEvents();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (JsonNode event : acceptance.get("events")) {
            String file = event.get("doc").asString();
            Set<String> names = mentions(file).stream()
                    .flatMap(m -> java.util.stream.Stream.of(m.entity().nameFr(), m.entity().nameEn()))
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            Set<String> regions = mentions(file).stream().flatMap(m -> m.entity().regions().stream())
                    .map(id -> EntityDictionary.standard().regions().get(id).labelFr()).collect(Collectors.toSet());
            for (String field : List.of("actors", "places")) {
                for (JsonNode name : event.get(field)) {
                    checked++;
                    if (!names.contains(name.asString())) {
                        failures.add(event.get("id").asString() + ": " + field + " " + name.asString() + " not found in " + file);
                    }
                }
            }
            if (event.has("regions")) {
                for (JsonNode region : event.get("regions")) {
                    checked++;
                    if (!regions.contains(region.asString())) {
                        failures.add(event.get("id").asString() + ": region " + region.asString() + " not found in " + file);
                    }
                }
            }
        }
        System.out.printf("seed-events.json: %d actors, places and regions checked, %d missing%n", checked, failures.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void theAliasTableResolves() {
        JsonNode aliases = Acceptance.seedEvents().get("aliases");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : aliases.properties()) {
            for (JsonNode alias : entry.getValue()) {
                String text = "Hier, " + alias.asString() + " a parlé.";
                List<Mention> mentions = finder.find(text, "fr");
                boolean resolved = mentions.stream().anyMatch(m -> entry.getKey().equals(m.entity().nameFr())
                        && text.substring(m.begin(), m.end()).contains(alias.asString().replaceFirst("^(le|la) ", "")));
                if (!resolved) {
                    failures.add(alias.asString() + " -> " + entry.getKey() + " (found: "
                            + mentions.stream().map(m -> m.text() + "=" + m.entity().nameFr()).toList() + ")");
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
