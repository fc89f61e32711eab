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
        Path file = DIRECTORY.resolve("seed-events.json");
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            assumeTrue(Files.isRegularFile(file), "no acceptance material at " + file.toAbsolutePath());
        }
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    /** The expected metadata of each seed document. */
    public static List<JsonNode> seedDocuments() {
        List<JsonNode> documents = new ArrayList<>();
        seedEvents().get("documents").forEach(documents::add);
        return documents;
    }
}
