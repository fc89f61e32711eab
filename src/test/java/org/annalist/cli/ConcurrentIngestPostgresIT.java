package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.annalist.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two command-line processes of the packaged jar ingest the same documents into one PostgreSQL database at the same
 * time: every text is stored once (the content hash is a unique constraint both respect), and the events' sources are
 * exactly those of one process ingesting alone, none lost and none twice.
 */
class ConcurrentIngestPostgresIT {

    private static final Path JAR = Path.of("target", "annalist.jar");
    private static final Path CRISIS = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev", "egypt");

    @TempDir
    Path dir;

    @Test
    void twoProcessesIngestingTheSameDocumentsStoreEachOnceAndLoseNothing() throws Exception {
        Path corpus = corpus();
        String alone = FreshDatabase.emptyPostgresUrl("alone");
        String together = FreshDatabase.emptyPostgresUrl("together");

        assertThat(waitFor(ingest(alone, corpus, "alone"))).isZero();
        Process first = ingest(together, corpus, "first");
        Process second = ingest(together, corpus, "second");
        assertThat(waitFor(first)).as(Files.readString(dir.resolve("first.log"))).isZero();
        assertThat(waitFor(second)).as(Files.readString(dir.resolve("second.log"))).isZero();

        JdbcClient one = jdbc(alone);
        JdbcClient two = jdbc(together);
        long documents = count(one, "SELECT COUNT(*) FROM document");
        assertThat(documents).isGreaterThanOrEqualTo(2);
        assertThat(count(two, "SELECT COUNT(*) FROM document")).isEqualTo(documents);
        assertThat(count(two, "SELECT COUNT(DISTINCT content_hash) FROM document")).isEqualTo(documents);
        List<String> sources = sources(one);
        assertThat(sources).isNotEmpty();
        assertThat(sources(two)).as("each passage a source of one event, as when one process ingests alone")
                .containsExactlyElementsOf(sources);
        System.out.printf("ConcurrentIngestPostgresIT: %d documents, %d event sources; events alone %d, together %d%n",
                documents, sources.size(), count(one, "SELECT COUNT(*) FROM event"),
                count(two, "SELECT COUNT(*) FROM event"));
    }

    /** The seeds, and a few days of real crawled news when the shared corpora are beside the checkout. */
    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(Files::isRegularFile).toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        if (Files.isDirectory(CRISIS)) {
            try (Stream<Path> days = Files.list(CRISIS)) {
                for (Path day : days.sorted().limit(12).toList()) {
                    Path copy = Files.createDirectories(corpus.resolve(day.getFileName()));
                    try (Stream<Path> pages = Files.list(day)) {
                        for (Path page : pages.toList()) {
                            Files.copy(page, copy.resolve(page.getFileName()));
                        }
                    }
                }
            }
        } else {
            System.out.println("ConcurrentIngestPostgresIT: ../shared/corpora/ml-crisis-fr-dev is not here; the seeds only");
        }
        return corpus;
    }

    private Process ingest(String url, Path corpus, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.datasource.url=" + url, "-jar", JAR.toString(), "ingest", corpus.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return process;
    }

    private static int waitFor(Process process) throws InterruptedException {
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static JdbcClient jdbc(String url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        return JdbcClient.create(source);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Each source as its document's content hash and its passage, sorted; a passage told twice would be listed twice. */
    private static List<String> sources(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT d.content_hash || ':' || s.passage_begin || '-' || s.passage_end
                FROM event_source s JOIN document d ON d.id = s.document_id ORDER BY 1""").query(String.class).list();
    }
}
