package org.annalist.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.annalist.AnnalistApplication;
import org.annalist.documents.DocumentRepository;
import org.annalist.documents.IngestService;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.Extraction;
import org.annalist.events.ExtractionRepository;
import org.annalist.reading.DocumentParser;
import org.annalist.reading.IngestOptions;
import org.annalist.reading.NewDocument;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingestion in two phases, for profiling: the documents are read first (extraction on one thread, CPU time), then
 * stored one by one as IngestService stores them (wall time, CPU time of the storing thread, of the process, of H2's
 * threads). Storage alone is ingestion's serial part. {@code -Ddocuments=N}, {@code -Durl=;H2_SETTING=...} (appended
 * to the database URL).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.StorePhases</pre>
 */
public final class StorePhases {
    private StorePhases() {
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> g.getCollectionTime()).sum();
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("documents", 2000);
        String url = System.getProperty("url", "");
        List<String> seeds = List.of(Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt")),
                Files.readString(Path.of("seeds/001_ff27fb5dbf59a9fe.txt")));
        String[] months = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"};
        Random random = new Random(42);
        DocumentParser parser = new DocumentParser();
        Extraction extraction = Extraction.standard();
        List<NewDocument> docs = new ArrayList<>();
        List<DocumentExtraction> reads = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < n; i++) {
            String seed = seeds.get(i % 2);
            LocalDate dct = LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String dateline = "Mondialisation.ca, " + dct.getDayOfMonth() + " " + months[dct.getMonthValue() - 1] + " " + dct.getYear();
            String text = seed.replaceFirst("Mondialisation\\.ca, \\d+ \\p{L}+ \\d{4}", dateline)
                    + "\n\nRéférence " + i + " : dépêche de synthèse numéro " + i + ".\n";
            docs.add(parser.parse("doc-%05d.txt".formatted(i), text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE));
        }
        long c0 = threads.getCurrentThreadCpuTime();
        for (NewDocument d : docs) {
            reads.add(extraction.read(d.text(), d.bodyStart(), d.metadata().language(), d.metadata().publishedOn()));
        }
        System.out.printf("extraction (1 thread, warm-up included): %.2f s CPU%n", (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        c0 = threads.getCurrentThreadCpuTime();
        for (NewDocument d : docs) {
            extraction.read(d.text(), d.bodyStart(), d.metadata().language(), d.metadata().publishedOn());
        }
        System.out.printf("extraction (1 thread, warm): %.2f s CPU%n", (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        Path work = Files.createTempDirectory("annalist-phases");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnalistApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN",
                        "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"))
                .run("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath() + url)) {
            DocumentRepository documents = context.getBean(DocumentRepository.class);
            ExtractionRepository extractions = context.getBean(ExtractionRepository.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Map<Long, Long> before = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                before.put(id, threads.getThreadCpuTime(id));
            }
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            c0 = threads.getCurrentThreadCpuTime();
            long p0 = os.getProcessCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                NewDocument d = docs.get(i);
                DocumentExtraction read = reads.get(i);
                documents.findIdByHash(d.contentHash());
                if (!extractions.unknownEntities(read).isEmpty()) {
                    tx.execute(status -> {
                        extractions.ensureEntities(read);
                        return null;
                    });
                }
                tx.execute(status -> extractions.store(documents.insert(d), d.text(), read));
            }
            System.out.printf("storage: %.2f s wall, %.2f s thread CPU, %.2f s process CPU%n", (System.nanoTime() - t0) / 1e9,
                    (threads.getCurrentThreadCpuTime() - c0) / 1e9, (os.getProcessCpuTime() - p0) / 1e9);
            System.out.printf("storage: garbage collection pauses %.2f s%n", (gcMillis() - gc0) / 1e3);
            for (long id : threads.getAllThreadIds()) {
                long cpu = threads.getThreadCpuTime(id) - before.getOrDefault(id, 0L);
                if (cpu > 100_000_000L) {
                    System.out.printf("storage: thread %s %.2f s of CPU%n", threads.getThreadInfo(id).getThreadName(), cpu / 1e9);
                }
            }
        }
    }
}
