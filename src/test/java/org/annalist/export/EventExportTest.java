package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.annalist.store.StoredEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class EventExportTest {

    private final EventExport export = new EventExport(id -> id.equals("russie-cei") ? "Russie et CEI" : id);

    private static StoredEvent event(String title, String passage) {
        return new StoredEvent(7, title, LocalDateTime.parse("2020-01-07T18:00"), LocalDateTime.parse("2020-01-08T00:00"),
                "PART_OF_DAY", "2020-01-07TEV", null, "mardi soir", "RELATIVE_TO_PUBLICATION", "…", "AFFIRMED", 0.8, "EXTRACTED",
                List.of(new StoredEvent.Named("judd-deere", "Judd Deere", "PERSON", "AGENT")),
                List.of(new StoredEvent.Named("white-house", "Maison Blanche", "ORGANISATION", null)), List.of("russie-cei"),
                List.of(new StoredEvent.Source(2, "Trump veut se retirer", "Mondialisation.ca", LocalDate.of(2020, 1, 10),
                        100, 100 + passage.length(), passage, "2020-01-07TEV")));
    }

    @Test
    void csvIsRfc4180AndNeutralisesFormulas() throws Exception {
        StringWriter out = new StringWriter();
        export.csv(List.of(event("=HYPERLINK(\"http://evil\")", "Il a dit, « oui »\net \"non\"."),
                event("+1 -2 @SUM", "@foo")), out);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema).readValues(out.toString());
        List<Map<String, String>> all = rows.readAll();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).keySet()).containsExactlyElementsOf(EventExport.COLUMNS);
        assertThat(all.get(0).get("title")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(all.get(0).get("passages")).isEqualTo("Il a dit, « oui »\net \"non\".");
        assertThat(all.get(1).get("title")).isEqualTo("'+1 -2 @SUM");
        assertThat(all.get(1).get("passages")).isEqualTo("'@foo");
        assertThat(all.get(0).get("regions")).isEqualTo("Russie et CEI");
        assertThat(all.get(0).get("passage_offsets")).isEqualTo("2:100-" + (100 + "Il a dit, « oui »\net \"non\".".length()));
        assertThat(all.get(0).get("corroboration")).isEqualTo("1");
        assertThat(EventExport.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(EventExport.neutralise("plain")).isEqualTo("plain");
    }

    @Test
    void jsonHasTheSameFields() {
        StringWriter out = new StringWriter();
        export.json(List.of(event("Judd Deere confirme", "p")), out);
        JsonNode first = JsonMapper.builder().build().readTree(out.toString()).get("events").get(0);
        for (String column : EventExport.COLUMNS) {
            assertThat(first.has(column)).as(column).isTrue();
        }
        assertThat(first.get("actors").asString()).isEqualTo("Judd Deere");
    }

    @Test
    void timelineJsHasDatesHeadlinesAndGroups() {
        StringWriter out = new StringWriter();
        export.timelineJs(List.of(event("Judd Deere confirme", "Judd Deere a confirmé mardi soir.")), "Annalist", out);
        JsonNode timeline = JsonMapper.builder().build().readTree(out.toString());
        JsonNode item = timeline.get("events").get(0);
        assertThat(item.get("start_date").get("year").asInt()).isEqualTo(2020);
        assertThat(item.get("start_date").get("month").asInt()).isEqualTo(1);
        assertThat(item.get("start_date").get("day").asInt()).isEqualTo(7);
        assertThat(item.get("start_date").get("hour").asInt()).isEqualTo(18);
        assertThat(item.has("end_date")).isFalse();
        assertThat(item.get("text").get("headline").asString()).isEqualTo("Judd Deere confirme");
        assertThat(item.get("group").asString()).isEqualTo("Russie et CEI");
        assertThat(timeline.get("title").get("text").get("headline").asString()).isEqualTo("Annalist");
    }
}
