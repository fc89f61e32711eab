package org.annalist.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared acceptance material ({@code ../shared/acceptance/}) that says what a user must find in the seeds.
 * Tests that read it are skipped on a machine without it, except in CI, where its absence is a failure.
 */
public final class Acceptance {

    public static final Path SEEDS = Path.of("seeds");
    private static final Path DIRECTORY = Path.of("..", "shared", "acceptance");

    private Acceptance() {
    }

    public static JsonNode seedEvents() {
        return JsonMapper.builder().build().readTree(file("seed-events.json").toFile());
    }

    /** A file of the acceptance folder; the test is skipped when it is missing, except in CI. */
    public static Path file(String name) {
        Path file = DIRECTORY.resolve(name);
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(Files.isRegularFile(file), "no acceptance material at " + file.toAbsolutePath());
        }
        return file;
    }

    /** The rows of a tab-separated acceptance file, without comments and header, as column name -> value. */
    public static List<java.util.Map<String, String>> rows(String name) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file(name)).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        String[] header = lines.get(0).split("\t", -1);
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The expected metadata of each seed document. */
    public static List<JsonNode> seedDocuments() {
        List<JsonNode> documents = new ArrayList<>();
        seedEvents().get("documents").forEach(documents::add);
        return documents;
    }
}
