package org.annalist.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The timeline in a real browser: the production jar runs on a synthetic database of N events
 * ({@link SyntheticChronology}) and headless Chromium measures the time to the first drawn timeline and the response
 * to a pan, a zoom and a filter change, with the median and the 95th percentile of several repetitions.
 *
 * <p>How a time is taken, in the page: a script installed before any page script records, for every
 * {@code data-rendered} change of {@code <annalist-timeline>} (its {@code setData} done), the moment the next frame was
 * drawn after vis-timeline's queued redraw ("painted"). A first render is {@code painted - performance.timeOrigin}
 * (navigation start); a pan (a drag of the time axis by 400 px with real mouse events, timed from the button's
 * release), a zoom (a click on the toolbar's zoom button) or a filter change (a region picked or dropped in the combo
 * box; words typed into the text field, or typed and entered) is timed from the action to that paint. The Vaadin request that brought the
 * data (from the page's resource timings) splits the time into: before the request (the text field's 350 ms lazy
 * mode, the page's start-up for a first render), server (request sent to response received: Java, SQL and the
 * loopback) and browser (response to painted frame: Vaadin's client, the component's setData, vis-timeline's redraw);
 * setData is the component's call alone.
 *
 * <pre>
 * ./annalist package
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.TimelineBrowserBenchmark \
 *     [-Devents=10000,100000] [-Drepeat=15] [-Ddir=target/timeline-bench] [-Dreuse=true] [-Dport=18765]
 * </pre>
 *
 * Databases are kept in {@code dir} as {@code events-N/events-N.mv.db} (with the password the server generated for
 * it) and reused when {@code reuse} is true (the default).
 */
public final class TimelineBrowserBenchmark {

    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("events", "10000,100000").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private static final int REPEAT = Integer.getInteger("repeat", 15);
    private static final Path DIR = Path.of(System.getProperty("dir", "target/timeline-bench"));
    private static final boolean REUSE = Boolean.parseBoolean(System.getProperty("reuse", "true"));
    private static final int PORT = Integer.getInteger("port", 18765);
    private static final Path JAR = Path.of(System.getProperty("jar", "target/annalist.jar"));
    private static final String CHROMIUM = System.getProperty("chromium", System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final String CHROMEDRIVER = System.getProperty("chromedriver",
            System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** A quiet month (at 10,000 events: about 130 events drawn one by one; at 100,000: clusters). */
    private static final String CLOSE_UP = "view=2008-05-01T00:00_2008-06-01T00:00";
    private static final String REGION = "Europe";
    private static final boolean VERBOSE = Boolean.getBoolean("verbose");

    /** Installed before any page script: records each timeline render and the next painted frame. */
    private static final String RECORDER = """
            (() => {
              window.__renders = [];
              window.__setDataMs = [];
              try { performance.setResourceTimingBufferSize(100000); } catch (e) {}
              // The end of a drag: the moment the mouse button is released.
              addEventListener('pointerup', () => { window.__lastUp = performance.timeOrigin + performance.now(); }, true);
              // How long the component's setData itself takes (parse, DataSet updates; vis-timeline redraws after).
              customElements.whenDefined('annalist-timeline').then(() => {
                const type = customElements.get('annalist-timeline');
                const setData = type.prototype.setData;
                type.prototype.setData = function (json) {
                  const t = performance.now();
                  setData.call(this, json);
                  window.__setDataMs.push(performance.now() - t);
                };
              });
              new MutationObserver(records => {
                for (const r of records) {
                  const el = r.target;
                  const rec = { rendered: Number(el.getAttribute('data-rendered')),
                                entries: Number(el.getAttribute('data-entries')), painted: 0, clustered: null,
                                setDataMs: window.__setDataMs[window.__setDataMs.length - 1] };
                  window.__renders.push(rec);
                  // vis-timeline redraws in a setTimeout(0) queued by setData; then the next frame is drawn.
                  setTimeout(() => requestAnimationFrame(() => setTimeout(() => {
                    rec.painted = performance.timeOrigin + performance.now();
                    const view = document.getElementById('main-content');
                    rec.clustered = view ? view.getAttribute('data-clustered') : null;
                  }, 0)), 0);
                }
              }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
            })();
            """;

    /** Shared by the page scripts: Vaadin's requests after t0 and the split of an interval around the last one. */
    private static final String TIMING = """
            const uidl = (t0, rec) => {
              // Vaadin's requests since the action whose response came before setData ran: the last one brought it.
              const requests = performance.getEntriesByType('resource')
                  .filter(e => /v-r=(uidl|init)/.test(e.name) && performance.timeOrigin + e.startTime >= t0 - 1
                               && performance.timeOrigin + e.responseEnd <= rec.rendered + 1);
              const last = requests[requests.length - 1];
              const result = { total: rec.painted - t0, entries: rec.entries, clustered: rec.clustered,
                               requests: requests.length, setDataMs: rec.setDataMs };
              if (last) {
                result.wait = performance.timeOrigin + last.startTime - t0;
                result.server = last.responseEnd - last.startTime;
                result.browser = rec.painted - (performance.timeOrigin + last.responseEnd);
                result.setData = rec.rendered - (performance.timeOrigin + last.responseEnd);
              }
              return result;
            };
            const deep = (root, selector, out) => {
              root.querySelectorAll(selector).forEach(e => out.push(e));
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) deep(e.shadowRoot, selector, out); });
              return out;
            };
            """;

    private static final String FIRST_RENDER = TIMING + """
            const recs = (window.__renders || []).filter(r => r.entries > 0 && r.painted > 0);
            if (recs.length === 0) return null;
            const r = uidl(performance.timeOrigin, recs[0]);
            r.total = recs[0].painted - performance.timeOrigin;
            return r;
            """;

    private static final String ACT = TIMING + """
            const [kind, arg, done] = arguments;
            const timeline = document.querySelector('annalist-timeline');
            const before = kind === 'drag' ? window.__mark : window.__renders.length;
            let t0 = 0;
            const now = () => performance.timeOrigin + performance.now();
            if (kind === 'drag') {
              // The drag was done with real input events before this script; it ended at the button's release.
              t0 = window.__lastUp;
            } else if (kind === 'zoom-in' || kind === 'zoom-out') {
              const button = timeline.querySelector('.timeline-' + kind);
              t0 = now();
              button.click();
            } else if (kind === 'text' || kind === 'text-enter') {
              // As typing does: the field's input gets the words and an input event.
              const input = document.getElementById('filter-text').inputElement;
              t0 = now();
              input.value = arg;
              input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              if (kind === 'text-enter') {
                input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true }));
              }
            } else if (kind === 'key') {
              const box = document.getElementById('key-mode');
              t0 = now();
              box.click();
            } else if (kind === 'region') {
              const item = deep(document, 'vaadin-multi-select-combo-box-item', [])
                  .find(i => i.textContent.trim().startsWith(arg));
              if (!item) { done({ error: 'no item ' + arg }); return; }
              t0 = now();
              item.click();
            }
            const poll = () => {
              const painted = window.__renders.slice(before).filter(r => r.painted > 0);
              if (painted.length > 0) { done(uidl(t0, painted[0])); return; }
              if (now() - t0 > 20000) { done({ error: 'no render within 20 s' }); return; }
              setTimeout(poll, 2);
            };
            poll();
            """;

    private record Sample(double total, Double before, Double server, Double browser, Double setData, int entries,
                          String clustered) {
    }

    private record Row(int events, String view, String measure, List<Sample> samples) {
    }

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build it with ./annalist package");
        }
        Files.createDirectories(DIR);
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> loads = new LinkedHashMap<>();
        for (int events : SIZES) {
            // A folder each: the server keeps a database's generated password beside it (DatabaseProtection), one per
            // folder.
            Path folder = DIR.resolve("events-" + events).toAbsolutePath();
            Files.createDirectories(folder);
            Path db = folder.resolve("events-" + events);
            if (!REUSE || !Files.exists(Path.of(db + ".mv.db"))) {
                Files.deleteIfExists(folder.resolve("annalist.db-password"));
                Files.deleteIfExists(Path.of(db + ".mv.db"));
                Files.deleteIfExists(Path.of(db + ".trace.db"));
                long start = System.nanoTime();
                SyntheticChronology.create(db, events, 42);
                System.out.printf("database of %,d events made in %.1f s: %s.mv.db%n", events, (System.nanoTime() - start) / 1e9, db);
            }
            Process server = startServer(db, DIR.resolve("server-" + events + ".log"));
            try {
                String load0 = load();
                runAll(events, rows);
                loads.put(events, "load before: " + load0 + "; after: " + load());
            } finally {
                server.destroy();
                if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
        print(rows);
        loads.forEach((events, load) -> System.out.printf("%,d events: %s%n", events, load));
    }

    private static Process startServer(Path db, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-jar", JAR.toString(), "--server.port=" + PORT,
                "--spring.datasource.url=jdbc:h2:file:" + db, "--annalist.seeds.enabled=false",
                // The public read-only mode: the timeline is measured as a reader sees it, without a sign-in.
                "--annalist.security.anonymous-read=true")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not answer within 180 s; see " + log);
    }

    private static ChromeDriver browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(CHROMIUM));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,900", "--user-data-dir=" + Files.createTempDirectory("chromium-bench"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        driver.executeCdpCommand("Network.enable", Map.of());
        return driver;
    }

    private static void runAll(int events, List<Row> rows) throws Exception {
        String base = "http://127.0.0.1:" + PORT + "/";
        ChromeDriver driver = browser();
        try {
            // The first page after the server started: cold JVM, cold caches. Then a few to warm up.
            rows.add(new Row(events, "overview", "first render, server just started", List.of(firstRender(driver, base, true))));
            for (int i = 0; i < 3; i++) {
                firstRender(driver, base, false);
                drag(driver, -400);
                drag(driver, 400);
                act(driver, "zoom-in", null);
                act(driver, "zoom-out", null);
            }
            List<Sample> cold = new ArrayList<>();
            List<Sample> warm = new ArrayList<>();
            List<Sample> closeUp = new ArrayList<>();
            for (int i = 0; i < REPEAT; i++) {
                cold.add(firstRender(driver, base, true));
                warm.add(firstRender(driver, base, false));
                closeUp.add(firstRender(driver, base + "?" + CLOSE_UP, false));
            }
            rows.add(new Row(events, "overview", "first render, empty browser cache", cold));
            rows.add(new Row(events, "overview", "first render, cached scripts", warm));
            rows.add(new Row(events, "close-up", "first render, cached scripts", closeUp));

            for (String view : List.of("overview", "close-up")) {
                firstRender(driver, view.equals("overview") ? base : base + "?" + CLOSE_UP, false);
                List<Sample> pans = new ArrayList<>();
                List<Sample> zoomIn = new ArrayList<>();
                List<Sample> zoomOut = new ArrayList<>();
                for (int i = 0; i < REPEAT; i++) {
                    pans.add(drag(driver, i % 2 == 0 ? -400 : 400));
                }
                for (int i = 0; i < REPEAT; i++) {
                    zoomIn.add(act(driver, "zoom-in", null));
                    zoomOut.add(act(driver, "zoom-out", null));
                }
                rows.add(new Row(events, view, "pan (drag by 400 px)", pans));
                rows.add(new Row(events, view, "zoom in (button)", zoomIn));
                rows.add(new Row(events, view, "zoom out (button)", zoomOut));
                if (view.equals("overview")) {
                    rows.add(new Row(events, view, "filter: region picked / dropped", regions(driver)));
                    List<Sample> text = new ArrayList<>();
                    String[] words = {"nucléaire", "", "sanctions", "", "sommet", ""};
                    for (int i = 0; i < REPEAT; i++) {
                        text.add(act(driver, "text", words[i % words.length]));
                    }
                    if (REPEAT % 2 == 1) {
                        act(driver, "text", "");
                    }
                    rows.add(new Row(events, view, "filter: text set / cleared (350 ms lazy)", text));
                    List<Sample> entered = new ArrayList<>();
                    for (int i = 0; i < REPEAT; i++) {
                        entered.add(act(driver, "text-enter", words[i % words.length]));
                    }
                    if (REPEAT % 2 == 1) {
                        act(driver, "text-enter", "");
                    }
                    rows.add(new Row(events, view, "filter: text set / cleared + Enter", entered));
                    // The key-events mode: its salience is computed once for a database, before the samples.
                    act(driver, "key", null);
                    act(driver, "key", null);
                    List<Sample> key = new ArrayList<>();
                    for (int i = 0; i < REPEAT; i++) {
                        key.add(act(driver, "key", null));
                    }
                    if (REPEAT % 2 == 1) {
                        act(driver, "key", null);
                    }
                    rows.add(new Row(events, view, "key events on / off", key));
                }
            }
        } finally {
            driver.quit();
        }
    }

    private static List<Sample> regions(ChromeDriver driver) throws InterruptedException {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < REPEAT; i++) {
            JavascriptExecutor js = driver;
            js.executeScript("document.getElementById('filter-regions').opened = true;");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!Boolean.TRUE.equals(js.executeScript(TIMING + "return deep(document, 'vaadin-multi-select-combo-box-item', [])"
                    + ".some(i => i.textContent.trim().startsWith(arguments[0]));", REGION))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the region list did not open");
                }
                Thread.sleep(20);
            }
            samples.add(act(driver, "region", REGION));
            js.executeScript("document.getElementById('filter-regions').opened = false;");
            settle(driver);
        }
        if (REPEAT % 2 == 1) {
            driver.executeScript("document.getElementById('filter-regions').opened = true;");
            Thread.sleep(500);
            act(driver, "region", REGION);
            driver.executeScript("document.getElementById('filter-regions').opened = false;");
            settle(driver);
        }
        return samples;
    }

    private static Sample firstRender(ChromeDriver driver, String url, boolean emptyCache) throws InterruptedException {
        if (emptyCache) {
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        driver.get("about:blank");
        driver.get(url);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Object result;
        while ((result = driver.executeScript(FIRST_RENDER)) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no timeline drawn within 60 s at " + url);
            }
            Thread.sleep(20);
        }
        if (VERBOSE) {
            System.err.println(url + ": " + result);
        }
        settle(driver);
        return sample(result);
    }

    /** A drag of the time axis with real mouse events (vis-timeline reads them through hammer.js), by dx pixels. */
    private static Sample drag(ChromeDriver driver, int dx) throws InterruptedException {
        driver.executeScript("window.__mark = window.__renders.length; window.__lastUp = 0;");
        var canvas = driver.findElement(org.openqa.selenium.By.cssSelector("annalist-timeline .vis-center"));
        var actions = new org.openqa.selenium.interactions.Actions(driver).moveToElement(canvas).clickAndHold();
        for (int i = 0; i < 8; i++) {
            actions = actions.moveByOffset(dx / 8, 0).pause(Duration.ofMillis(16));
        }
        actions.release().perform();
        return act(driver, "drag", null);
    }

    private static Sample act(ChromeDriver driver, String kind, Object arg) throws InterruptedException {
        Object result = driver.executeAsyncScript(ACT, kind, arg);
        if (VERBOSE) {
            System.err.println(kind + " " + arg + ": " + result);
        }
        settle(driver);
        return sample(result);
    }

    /** Waits until no render happened for 500 ms and the last one was painted (at most 30 s). */
    private static void settle(ChromeDriver driver) throws InterruptedException {
        long last = -1;
        long since = System.nanoTime();
        long deadline = since + 30_000_000_000L;
        while (System.nanoTime() - since < 500_000_000L) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the timeline did not settle within 30 s: "
                        + driver.executeScript("return JSON.stringify(window.__renders.slice(-5))"));
            }
            Object state = driver.executeScript(
                    "const r = window.__renders || []; return r.length * 2 + (r.length === 0 || r[r.length - 1].painted > 0 ? 0 : 1);");
            long now = ((Number) state).longValue();
            if (now != last || now % 2 == 1) {
                last = now;
                since = System.nanoTime();
            }
            Thread.sleep(25);
        }
    }

    @SuppressWarnings("unchecked")
    private static Sample sample(Object result) {
        Map<String, Object> map = (Map<String, Object>) result;
        if (map.containsKey("error")) {
            throw new IllegalStateException(String.valueOf(map.get("error")));
        }
        return new Sample(number(map.get("total")), number(map.get("wait")), number(map.get("server")),
                number(map.get("browser")), number(map.get("setDataMs")), ((Number) map.get("entries")).intValue(),
                String.valueOf(map.get("clustered")));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-8s | %-8s | %-44s | %3s | %8s | %8s | %9s | %8s | %8s | %8s | %8s | %8s%n",
                "events", "view", "measure", "n", "median", "p95", "clustered", "entries", "before", "server", "browser",
                "setData");
        for (Row row : rows) {
            double[] totals = row.samples.stream().mapToDouble(Sample::total).toArray();
            String clustered = row.samples.stream().map(Sample::clustered).distinct().reduce((a, b) -> a + "/" + b).orElse("");
            int[] entries = row.samples.stream().mapToInt(Sample::entries).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-8s | %-8s | %-44s | %3d | %5.0f ms | %5.0f ms | %9s | %8s | %5s ms | %5s ms | %5s ms | %5s ms%n",
                    "%,d".formatted(row.events), row.view, row.measure, totals.length, percentile(totals, 50),
                    percentile(totals, 95), clustered,
                    entries[0] == entries[entries.length - 1] ? entries[0] : entries[0] + "–" + entries[entries.length - 1],
                    median(row.samples.stream().map(Sample::before)), median(row.samples.stream().map(Sample::server)),
                    median(row.samples.stream().map(Sample::browser)), median(row.samples.stream().map(Sample::setData)));
        }
        System.out.println("median and p95 (nearest rank) of the time from the action (or navigation start) to the "
                + "painted frame; before, server, browser: medians of its split around the Vaadin request that brought "
                + "the data; setData: median time of the component's setData call alone");
    }

    private static String median(Stream<Double> values) {
        double[] v = values.filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
        return v.length == 0 ? "–" : "%.0f".formatted(percentile(v, 50));
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
