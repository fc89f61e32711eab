package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole way, as a data desk would run it: the job in local[2] over the development corpus, then the packaged
 * application's {@code load-batch} into one database, against its {@code ingest} of the same folders into another:
 * the same documents and the same events (titles, dates, sources, actors, places, regions).
 */
class LoadBatchEndToEndTest extends LocalSpark {

    static final Path JAR = Path.of("..", "target", "annalist.jar");


    @Test
    void theJobLoadedGivesTheEventsIngestGives() throws Exception {
        assumeTrue(Files.isDirectory(ExtractionJobTest.CORPUS),
                ExtractionJobTest.CORPUS + " is not there: the end-to-end comparison is skipped");
        assumeTrue(Files.isRegularFile(JAR), JAR + " is not built (./annalist package): the end-to-end comparison is skipped");
        String egypt = ExtractionJobTest.CORPUS.resolve("egypt").toString();
        String yemen = ExtractionJobTest.CORPUS.resolve("yemen").toString();
        Path out = dir.resolve("job");
        ExtractionJob.run(spark, JobOptions.parse("--output", out.toString(), egypt, yemen));

        String ingested = run("ingested", "ingest", egypt, yemen);
        String loaded = run("loaded", "load-batch", out.resolve("documents").toString());
        assertThat(lastLine(loaded)).isEqualTo(lastLine(ingested)).startsWith("108 stored");

        List<JsonNode> ingestedEvents = events("ingested");
        List<JsonNode> loadedEvents = events("loaded");
        assertThat(ingestedEvents).hasSizeGreaterThan(100);
        assertThat(loadedEvents).containsExactlyElementsOf(ingestedEvents);
        assertThat(documents("loaded")).isEqualTo(documents("ingested"));
    }

    private List<JsonNode> events(String database) throws Exception {
        JsonNode export = JSON.readTree(run(database, "events", "--format", "json"));
        List<JsonNode> events = new ArrayList<>();
        for (JsonNode event : export.has("events") ? export.get("events") : export) {
            events.add(withoutTimes(event));
        }
        return events;
    }

    private String documents(String database) throws Exception {
        JsonNode documents = JSON.readTree(run(database, "documents", "--format", "json"));
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode document : documents) {
            kept.add(withoutTimes(document));
        }
        return kept.toString();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** When a row was written is not what it says. */
    private static JsonNode withoutTimes(JsonNode node) {
        JsonNode copy = node.deepCopy();
        if (copy instanceof ObjectNode object) {
            for (String field : List.of("createdAt", "updatedAt", "ingestedAt", "created_at", "updated_at", "ingested_at")) {
                object.remove(field);
            }
        }
        return copy;
    }

    private String run(String database, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve(database).toAbsolutePath(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Path output = dir.resolve(database + "-" + args[0] + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish in 10 minutes");
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", args), printed).isZero();
        return printed;
    }

    private static String lastLine(String printed) {
        String[] lines = printed.strip().split("\n");
        return lines[lines.length - 1];
    }
}
