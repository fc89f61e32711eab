package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two instances of the packaged app on one database, and the command line writing to it while they run: both open
 * timelines show the new event and the new count within three seconds, without a reload, and say the same.
 * Each instance prints the address to open once it is ready; the servers listen on loopback and are stopped at the end
 * (or when the test JVM exits).
 */
class LiveWritesIT {

    private static final Path JAR = Path.of("target", "annalist.jar");
    private static final Pattern READY = Pattern.compile("Annalist is ready: open (http://\\S+)");
    private static final long VISIBLE_WITHIN_MILLIS = 3_000;

    @TempDir
    protected Path dir;

    private final List<Process> servers = new ArrayList<>();
    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        browsers.forEach(Browser::close);
        for (Process server : servers) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The database both instances and the command line share. */
    protected String databaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.datasource.url=" + databaseUrl(), "-D" + Browser.ADMIN_PROPERTY, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the web app and returns the address it prints once ready. */
    private String startServer(String name) throws Exception {
        Process server = new ProcessBuilder(java("--server.port=0", "--server.address=127.0.0.1"))
                .redirectErrorStream(true).start();
        servers.add(server);
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        Path log = dir.resolve(name + ".log");
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    Matcher ready = READY.matcher(line);
                    if (ready.find()) {
                        address.complete(ready.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IllegalStateException(name + " stopped before it was ready: " + log));
        });
        return address.get(180, TimeUnit.SECONDS);
    }

    private String cli(String... args) throws Exception {
        Process process = new ProcessBuilder(java(args)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private Browser open(String address) throws Exception {
        Browser browser = Browser.start("fr-FR", 1400, 1000);
        browsers.add(browser);
        browser.signInAsAdmin(address);
        browser.driver.get(address);
        browser.wait.until(b -> browser.js("const t = document.querySelector('annalist-timeline');"
                + " return t && t.getAttribute('data-rendered');") != null);
        return browser;
    }

    private static String counts(Browser browser) {
        return (String) browser.js("const c = document.querySelector('#counts'); return c ? c.textContent : null;");
    }

    private static List<String> titlesShown(Browser browser) {
        return browser.texts("annalist-timeline .vis-item.event .vis-item-content");
    }

    @Test
    void aCommandLineIngestShowsUpInEveryRunningInstanceWithinSeconds() throws Exception {
        String first = startServer("first");
        assertThat(first).startsWith("http://127.0.0.1:");
        String second = startServer("second");
        Browser a = open(first);
        Browser b = open(second);
        String before = counts(a);
        assertThat(before).isNotBlank().isEqualTo(counts(b));

        Path article = Files.writeString(dir.resolve("visite.md"), """
                ---
                title: "Poutine en visite à Damas"
                published: 2020-01-09
                language: fr
                ---
                Une visite que personne n'attendait.

                Le 7 janvier 2020, Vladimir Poutine s'est rendu à Damas pour s'entretenir avec Bachar el-Assad, lors d'une visite surprise en Syrie.
                """);
        String ingested = cli("ingest", article.toString());
        long written = System.nanoTime();
        assertThat(ingested).contains("1 stored");

        for (Browser browser : List.of(a, b)) {
            while (counts(browser).equals(before)
                    || titlesShown(browser).stream().noneMatch(t -> t.contains("s'est rendu à Damas"))) {
                assertThat((System.nanoTime() - written) / 1_000_000)
                        .as("the new event in a running instance (counts %s, titles %s)", counts(browser), titlesShown(browser))
                        .isLessThan(VISIBLE_WITHIN_MILLIS);
                Thread.sleep(50);
            }
        }
        System.out.printf("LiveWritesIT: the command line's event shown by both instances %d ms after it was stored%n",
                (System.nanoTime() - written) / 1_000_000);
        assertThat(counts(a)).isEqualTo(counts(b)).isNotEqualTo(before);
        JsonNode events = new ObjectMapper().readTree(cli("events", "--text", "visite surprise", "--format", "json"));
        String title = events.get("events").get(0).get("title").asString();
        assertThat(titlesShown(a)).contains(title);
        assertThat(titlesShown(b)).contains(title);
    }
}
