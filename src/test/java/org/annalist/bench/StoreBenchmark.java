package org.annalist.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annalist.AnnalistApplication;
import org.annalist.database.Durability;
import org.annalist.database.TextSearch;
import org.annalist.documents.IngestService;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.reading.IngestOptions;
import org.annalist.security.SystemIdentity;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End-to-end ingestion into a fresh H2 file database (>= 2,000 documents, >= 20 MB: variations of the seeds), then the
 * latency of the timeline's window + filter query, and of text search, on >= 100,000 events.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.StoreBenchmark</pre>
 *
 * <p>Durability settings to compare: {@code -Dflush=false} (no CHECKPOINT before "stored"), {@code -Dsync=false}
 * (CHECKPOINT without forcing the disk), {@code -DwriteDelay=0} (H2 writes every commit itself); {@code -Devents=0}
 * stops after ingestion. {@code -Ddatabase=postgresql} runs it all on an embedded PostgreSQL 17 (on loopback, started
 * and stopped by the benchmark) instead of H2.
 */
public final class StoreBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("documents", 2_000);
    private static final int EVENTS = Integer.getInteger("events", 100_000);
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("annalist-bench");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        List<String> seeds = List.of(Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt")),
                Files.readString(Path.of("seeds/001_ff27fb5dbf59a9fe.txt")));
        Random random = new Random(42);
        long bytes = 0;
        for (int i = 0; i < DOCUMENTS || DOCUMENTS >= 2_000 && bytes < 20_000_000; i++) {
            String seed = seeds.get(i % 2);
            LocalDate dct = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String dateline = "Mondialisation.ca, " + dct.getDayOfMonth() + " " + MONTHS[dct.getMonthValue() - 1] + " " + dct.getYear();
            String text = seed.replaceFirst("Mondialisation\\.ca, \\d+ \\p{L}+ \\d{4}", dateline)
                    + "\n\nRéférence " + i + " : dépêche de synthèse numéro " + i + ".\n";
            Files.writeString(corpus.resolve("doc-%05d.txt".formatted(i)), text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        long files;
        try (var list = Files.list(corpus)) {
            files = list.count();
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnalistApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN",
                        "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"))
                // A command-line argument: it wins over application.properties (a fresh database, not ./data).
                .run(arguments(work))) {
            IngestService ingest = context.getBean(IngestService.class);
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            // As the command line ingests: under its identity (ingestion needs an editor's rights).
            SystemIdentity.run(SystemIdentity.commandLine(), () -> ingest.ingestPaths(List.of(corpus), IngestOptions.NONE, r -> {
                if (r.status() == org.annalist.documents.IngestResult.Status.REJECTED) {
                    System.out.println(r.line());
                }
            }));
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            System.out.printf("ingestion: %d documents, %.1f MB in %.1f s on %d cores (%.1f s of CPU): %.1f documents/s, "
                            + "%.2f MB/s (%d events, %d mentions, %d dates stored)%n", files, bytes / 1e6, seconds,
                    Runtime.getRuntime().availableProcessors(), cpuSeconds, files / seconds, bytes / 1e6 / seconds,
                    jdbc.queryForObject("SELECT COUNT(*) FROM event", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM mention", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM timex", Long.class));
            if (EVENTS == 0) {
                return;
            }

            List<String> actors = jdbc.queryForList("SELECT id FROM entity WHERE type <> 'CITY'", String.class);
            List<String> regions = jdbc.queryForList("SELECT DISTINCT region_id FROM entity_region", String.class);
            long document = jdbc.queryForObject("SELECT MIN(id) FROM document", Long.class);
            // Titles, passages and search words from the events the documents gave, so that text search meets real text.
            List<String> titles = jdbc.queryForList("SELECT title FROM event ORDER BY id", String.class);
            List<String> passages = jdbc.queryForList("SELECT passage_text FROM event_source ORDER BY event_id, passage_begin", String.class);
            List<String> words = new ArrayList<>(new java.util.TreeSet<>(titles.stream().flatMap(t -> TextSearch.terms(t).stream())
                    .filter(w -> w.length() >= 4).toList()));
            addEvents(jdbc, actors, regions, document, random, titles, passages);
            long total = jdbc.queryForObject("SELECT COUNT(*) FROM event", Long.class);

            EventRepository events = context.getBean(EventRepository.class);
            latency("timeline window query (window + actor/region filter, up to 1000 events)", total,
                    () -> events.window(randomFilter(random, actors, regions), 1000).size());
            latency("event details query (the same, up to 200 events with actors, places, regions, sources)", total,
                    () -> events.find(randomFilter(random, actors, regions), 200).size());
            latency("text search in the timeline window (window query + one title word, up to 1000 events)", total,
                    () -> events.window(withText(randomFilter(random, actors, regions), words.get(random.nextInt(words.size()))), 1000).size());
            latency("text search alone (one title word, no window, up to 1000 events)", total,
                    () -> events.window(withText(EventFilter.ALL, words.get(random.nextInt(words.size()))), 1000).size());
            latency("text search alone (two title words, no window, up to 1000 events)", total,
                    () -> events.window(withText(EventFilter.ALL, words.get(random.nextInt(words.size())) + " "
                            + words.get(random.nextInt(words.size()))), 1000).size());
        }
    }

    private static String[] arguments(Path work) {
        boolean postgres = "postgresql".equals(System.getProperty("database"));
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + (postgres
                ? org.annalist.support.PostgresForTests.url()
                : "jdbc:h2:file:" + work.resolve("db").toAbsolutePath())));
        System.out.println("database: " + (postgres ? "PostgreSQL (embedded, loopback)" : "H2 file"));
        String writeDelay = System.getProperty("writeDelay");
        if (writeDelay != null) {
            arguments.add("--spring.datasource.hikari.data-source-properties.WRITE_DELAY=" + writeDelay);
        }
        for (String setting : List.of("flush", "sync")) {
            if (System.getProperty(setting) != null) {
                arguments.add("--annalist.durability." + setting + "=" + System.getProperty(setting));
            }
        }
        return arguments.toArray(String[]::new);
    }

    private static void latency(String name, long total, java.util.function.IntSupplier query) {
        for (int i = 0; i < 200; i++) {
            query.getAsInt();
        }
        long[] times = new long[500];
        long shown = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            shown += query.getAsInt();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("%s on %d events: median %.1f ms, p95 %.1f ms, %d events returned on average%n", name, total,
                times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6, shown / times.length);
    }

    /** Random windows of one month to ten years between 1950 and 2025, half of them with an actor or a region. */
    private static EventFilter randomFilter(Random random, List<String> actors, List<String> regions) {
        LocalDateTime from = LocalDate.of(1950 + random.nextInt(75), 1 + random.nextInt(12), 1).atStartOfDay();
        LocalDateTime to = from.plusMonths(1 + random.nextInt(120));
        List<String> actor = random.nextInt(4) == 0 ? List.of(actors.get(random.nextInt(actors.size()))) : List.of();
        List<String> region = random.nextInt(4) == 0 ? List.of(regions.get(random.nextInt(regions.size()))) : List.of();
        return new EventFilter(actor, region, from, to, List.of(), null, false);
    }

    private static EventFilter withText(EventFilter filter, String text) {
        return new EventFilter(filter.actors(), filter.regions(), filter.from(), filter.to(), filter.documents(), text,
                filter.undated());
    }

    private static void addEvents(JdbcTemplate jdbc, List<String> actors, List<String> regions, long document, Random random,
                                  List<String> titles, List<String> passages) {
        long have = jdbc.queryForObject("SELECT COUNT(*) FROM event", Long.class);
        List<Object[]> rows = new ArrayList<>();
        long firstId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM event", Long.class);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int count = (int) Math.max(0, EVENTS - have);
        for (int i = 0; i < count; i++) {
            LocalDateTime start = LocalDate.of(1900 + random.nextInt(125), 1 + random.nextInt(12), 1 + random.nextInt(28)).atStartOfDay();
            rows.add(new Object[] {firstId + i, titles.get(random.nextInt(titles.size())), start, start.plusDays(1 + random.nextInt(60)), "DAY",
                    start.toLocalDate().toString(), "RELATIVE_TO_PUBLICATION", "AFFIRMED", 0.8, "EXTRACTED", now, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO event (id, title, interval_start, interval_end, granularity, timex_value, date_how, polarity,
                    confidence, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        List<Object[]> actorRows = new ArrayList<>();
        List<Object[]> regionRows = new ArrayList<>();
        List<Object[]> sourceRows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            int a = random.nextInt(actors.size());
            actorRows.add(new Object[] {id, actors.get(a), "AGENT"});
            actorRows.add(new Object[] {id, actors.get((a + 1 + random.nextInt(actors.size() - 1)) % actors.size()), "PATIENT"});
            regionRows.add(new Object[] {id, regions.get(random.nextInt(regions.size()))});
            sourceRows.add(new Object[] {id, document, i, i + 100, passages.get(random.nextInt(passages.size()))});
        }
        jdbc.batchUpdate("INSERT INTO event_actor (event_id, entity_id, role) VALUES (?, ?, ?)", actorRows);
        jdbc.batchUpdate("INSERT INTO event_region (event_id, region_id) VALUES (?, ?)", regionRows);
        jdbc.batchUpdate("INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text) VALUES (?, ?, ?, ?, ?)", sourceRows);
    }
}
