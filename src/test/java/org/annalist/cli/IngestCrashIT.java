package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest ({@code annalist ingest}, a child JVM) with SIGKILL at random points, again and again, on the same
 * H2 file database: every document the CLI printed as stored must be in the database, whole (its dates and mentions as
 * many as the line said), and a last run without a kill completes the rest, each document once.
 *
 * <p>{@code -Dcrash.runs=N} sets the number of killed runs; {@code -Dcrash.flush=false} runs the child without the
 * flush before "stored" ({@code store.Durability}), to see the loss this test guards against.
 */
class IngestCrashIT {

    private static final int DOCUMENTS = Integer.getInteger("crash.documents", 300);
    private static final int RUNS = Integer.getInteger("crash.runs", 6);
    private static final Pattern UNCHANGED = Pattern.compile("^unchanged\\s+(\\S+): already stored");
    private static final Pattern STORED = Pattern.compile(
            "^stored\\s+(\\S+): #(\\d+) .*: (\\d+) dates, (\\d+) mentions, \\d+ events");
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    @TempDir
    Path dir;

    /** The files the last run said were already stored. */
    private final java.util.Set<String> unchanged = new java.util.HashSet<>();

    /** A line the CLI printed for a stored document. */
    record Reported(String file, long id, int dates, int mentions) {
    }

    @Test
    void everyDocumentReportedStoredSurvivesAKillAndAReRunCompletesTheRest() throws Exception {
        Path corpus = corpus();
        Path db = dir.resolve("db");
        Random random = new Random(Long.getLong("crash.seed", 13L));
        Map<String, Reported> reported = new HashMap<>();
        List<String> killPoints = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            // Kill after a random number of stored lines (0: during start-up or the first document), a random delay on.
            int after = random.nextInt(Math.max(1, (DOCUMENTS - reported.size()) / 2));
            long delay = random.nextInt(400);
            List<Reported> lines = ingest(corpus, db, after, delay);
            lines.forEach(line -> reported.put(line.file(), line));
            killPoints.add(after + " lines + " + delay + " ms (" + lines.size() + " stored lines seen)");
            checkWhole(db, reported);
        }
        int before = reported.size();
        unchanged.clear();
        List<Reported> last = ingest(corpus, db, -1, 0);
        last.forEach(line -> reported.put(line.file(), line));
        checkWhole(db, reported);
        try (Connection c = open(db)) {
            assertThat(count(c, "SELECT COUNT(*) FROM document")).isEqualTo(DOCUMENTS);
            assertThat(count(c, "SELECT COUNT(DISTINCT source_name) FROM document")).isEqualTo(DOCUMENTS);
        }
        // The last run tells every document: stored now, or already stored (reported before, or committed just before
        // a kill that came ahead of its report: stored, only not yet said, which is no false report).
        java.util.Set<String> told = new java.util.HashSet<>(unchanged);
        last.forEach(line -> told.add(line.file()));
        assertThat(told).hasSize(DOCUMENTS);
        assertThat(unchanged).containsAll(reported.keySet().stream()
                .filter(file -> last.stream().noneMatch(line -> line.file().equals(file))).toList());
        System.out.printf("crash test: %d killed runs at %s; %d documents reported stored before the last run, all found"
                + " whole; %d stored but not yet reported at a kill; the last run stored %d more; %d documents, none"
                + " twice%n", RUNS, killPoints, before, DOCUMENTS - before - last.size(), last.size(), DOCUMENTS);
    }

    /** Documents that each give dates and mentions (variations of the seeds), distinct texts. */
    private Path corpus() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> seeds = List.of(Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt")),
                Files.readString(Path.of("seeds/001_ff27fb5dbf59a9fe.txt")));
        Random random = new Random(7);
        for (int i = 0; i < DOCUMENTS; i++) {
            LocalDate dct = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String dateline = "Mondialisation.ca, " + dct.getDayOfMonth() + " " + MONTHS[dct.getMonthValue() - 1] + " "
                    + dct.getYear();
            String text = seeds.get(i % 2).replaceFirst("Mondialisation\\.ca, \\d+ \\p{L}+ \\d{4}", dateline)
                    + "\n\nRéférence " + i + " : dépêche numéro " + i + ".\n";
            Files.writeString(corpus.resolve("doc-%04d.txt".formatted(i)), text);
        }
        return corpus;
    }

    /**
     * Runs {@code annalist ingest} in a child JVM; with {@code killAfter >= 0}, kills it (SIGKILL) once it printed that
     * many stored lines and {@code delay} ms more. The stored lines it printed.
     */
    private List<Reported> ingest(Path corpus, Path db, int killAfter, long delay) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=jdbc:h2:file:" + db.toAbsolutePath()));
        String flush = System.getProperty("crash.flush");
        if (flush != null) {
            command.add("-Dannalist.durability.flush=" + flush);
        }
        command.addAll(List.of("org.annalist.AnnalistApplication", "ingest", corpus.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Reported> stored = new ArrayList<>();
        Thread killer = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            if (killAfter == 0) {
                killer = killLater(process, 2_000 + delay * 10);
            }
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher u = UNCHANGED.matcher(line);
                if (u.find()) {
                    unchanged.add(Path.of(u.group(1)).getFileName().toString());
                }
                Matcher m = STORED.matcher(line);
                if (m.find()) {
                    // Only what the CLI printed counts as reported, so the line is taken before any kill.
                    stored.add(new Reported(Path.of(m.group(1)).getFileName().toString(), Long.parseLong(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
                    if (killAfter > 0 && stored.size() == killAfter && killer == null) {
                        killer = killLater(process, delay);
                    }
                }
            }
        }
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        if (killer != null) {
            killer.join();
        } else {
            assertThat(process.exitValue()).as("a run without a kill ends well").isZero();
        }
        return stored;
    }

    private static Thread killLater(Process process, long delay) {
        return Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.destroyForcibly();
        });
    }

    private static Connection open(Path db) throws Exception {
        // The application generated the database's password beside it on first start (security.DatabaseProtection).
        String password = java.nio.file.Files.readString(db.toAbsolutePath().getParent().resolve("annalist.db-password")).strip();
        return DriverManager.getConnection("jdbc:h2:file:" + db.toAbsolutePath(), "sa", password);
    }

    /** Every document reported stored is there, with as many dates and mentions as its line said. */
    private static void checkWhole(Path db, Map<String, Reported> reported) throws Exception {
        try (Connection c = open(db)) {
            for (Reported r : reported.values()) {
                try (PreparedStatement s = c.prepareStatement("""
                        SELECT d.source_name, (SELECT COUNT(*) FROM timex t WHERE t.document_id = d.id),
                               (SELECT COUNT(*) FROM mention m WHERE m.document_id = d.id)
                        FROM document d WHERE d.id = ?""")) {
                    s.setLong(1, r.id());
                    try (ResultSet rs = s.executeQuery()) {
                        assertThat(rs.next()).as("document %s (#%d) reported stored is in the database", r.file(), r.id())
                                .isTrue();
                        assertThat(rs.getString(1)).endsWith(r.file());
                        assertThat(rs.getInt(2)).as("%s: dates", r.file()).isEqualTo(r.dates());
                        assertThat(rs.getInt(3)).as("%s: mentions", r.file()).isEqualTo(r.mentions());
                    }
                }
            }
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
