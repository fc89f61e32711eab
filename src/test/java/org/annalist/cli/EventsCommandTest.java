package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.annalist.AnnalistApplication;
import org.annalist.support.Acceptance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** annalist events: filters and formats, on the seeds in a file database. */
class EventsCommandTest {

    @TempDir
    static Path dir;

    private static AnnalistCommand root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void ingestSeeds() {
        System.setProperty("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("events").toAbsolutePath());
        root = new AnnalistCommand(AnnalistApplication::commandLineContext);
        StringWriter ingested = new StringWriter();
        AnnalistCommand.execute(root, new PrintWriter(ingested, true), new PrintWriter(new StringWriter()), "ingest",
                Acceptance.SEEDS.toString());
        assertThat(ingested.toString()).contains("2 stored, 0 unchanged, 0 rejected");
    }

    @AfterAll
    static void close() {
        root.close();
        System.clearProperty("spring.datasource.url");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return AnnalistCommand.execute(root, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void csvByDefaultWithAHeader() {
        assertThat(run("events")).isZero();
        String[] lines = out.toString().split("\r?\n");
        // Every cell quoted (header included): safe in semicolon locales.
        assertThat(lines[0]).startsWith("\"id\",\"start\",\"end\",\"granularity\",\"timex_value\",\"date_text\",\"title\"");
        assertThat(out.toString()).contains("Qassem Soleimani assassiné par un drone américain à l'aéroport de Bagdad");
    }

    @Test
    void filtersCombine() throws Exception {
        assertThat(run("events", "--actor", "Putin", "--format", "json")).isZero();
        JsonNode events = JsonMapper.builder().build().readTree(out.toString()).get("events");
        assertThat(events.size()).isPositive();
        events.forEach(e -> assertThat(e.get("actors").asString()).contains("Vladimir Poutine"));

        assertThat(run("events", "--region", "États-Unis", "--from", "2020-01-07", "--to", "2020-01-07", "--format", "json")).isZero();
        JsonNode tuesday = JsonMapper.builder().build().readTree(out.toString()).get("events");
        assertThat(tuesday.size()).isPositive();
        tuesday.forEach(e -> {
            assertThat(e.get("start").asString()).isLessThan("2020-01-08T00:00");
            assertThat(e.get("end").asString()).isGreaterThan("2020-01-07T00:00");
            assertThat(e.get("regions").asString()).contains("États-Unis");
        });

        // A country by its English name takes the events of its cities (Moscow's meeting).
        assertThat(run("events", "--place", "Russia", "--format", "json")).isZero();
        JsonNode russia = JsonMapper.builder().build().readTree(out.toString()).get("events");
        assertThat(russia.size()).isPositive();
        assertThat(out.toString()).contains("Moscou");

        assertThat(run("events", "--text", "télévision", "--format", "json")).isZero();
        assertThat(JsonMapper.builder().build().readTree(out.toString()).get("events").get(0).get("polarity").asString())
                .isEqualTo("NEGATED");

        assertThat(run("documents", "--format", "json")).isZero();
        String trump = null;
        for (JsonNode document : JsonMapper.builder().build().readTree(out.toString())) {
            if (document.get("metadata").get("title").asString().startsWith("Trump")) {
                trump = document.get("id").asString();
            }
        }
        assertThat(run("events", "--doc", trump, "--format", "json")).isZero();
        JsonMapper.builder().build().readTree(out.toString()).get("events")
                .forEach(e -> assertThat(e.get("source_titles").asString()).contains("Trump veut se retirer"));
    }

    @Test
    void thresholdsOnConfidenceAndSources() throws Exception {
        assertThat(run("events", "--format", "json")).isZero();
        int all = JsonMapper.builder().build().readTree(out.toString()).get("events").size();
        assertThat(run("events", "--min-sources", "2", "--format", "json")).isZero();
        JsonNode corroborated = JsonMapper.builder().build().readTree(out.toString()).get("events");
        assertThat(corroborated.size()).isPositive().isLessThan(all);
        corroborated.forEach(e -> assertThat(e.get("corroboration").asInt()).isGreaterThanOrEqualTo(2));
        assertThat(run("events", "--min-confidence", "0.8", "--format", "json")).isZero();
        JsonMapper.builder().build().readTree(out.toString()).get("events")
                .forEach(e -> assertThat(e.get("confidence").asDouble()).isGreaterThanOrEqualTo(0.8));
        assertThat(run("events", "--min-confidence", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("--min-confidence, --min-sources: a confidence from 0 to 1, not 1.5");
    }

    @Test
    void timelineJs() throws Exception {
        assertThat(run("events", "--format", "timelinejs")).isZero();
        JsonNode timeline = JsonMapper.builder().build().readTree(out.toString());
        assertThat(timeline.get("events").size()).isPositive();
        assertThat(timeline.get("events").get(0).get("start_date").get("year").asInt()).isEqualTo(1990);
    }

    @Test
    void unknownNamesAreUsageErrors() {
        assertThat(run("events", "--actor", "Nobody At All")).isEqualTo(2);
        assertThat(err.toString()).contains("No actor named 'Nobody At All'");
        assertThat(run("events", "--region", "Atlantide")).isEqualTo(2);
        assertThat(err.toString()).contains("No region 'Atlantide'");
        assertThat(run("events", "--place", "Nowhere At All")).isEqualTo(2);
        assertThat(err.toString()).contains("No place named 'Nowhere At All'");
    }
}
