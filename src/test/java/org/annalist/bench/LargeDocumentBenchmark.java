package org.annalist.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.annalist.AnnalistApplication;
import org.annalist.documents.IngestResult;
import org.annalist.documents.IngestService;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.Extraction;
import org.annalist.reading.DocumentParser;
import org.annalist.reading.IngestOptions;
import org.annalist.reading.NewDocument;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One very large document (the seeds' text repeated to {@code -Dmb=19} MB, as one file): the time and peak heap of
 * each phase (decoding and metadata, extraction, the whole ingestion into a fresh H2 file database).
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.LargeDocumentBenchmark</pre>
 * (run with {@code MAVEN_OPTS=-Xmx...} to see what it needs).
 */
public final class LargeDocumentBenchmark {

    private LargeDocumentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int megabytes = Integer.getInteger("mb", 19);
        String seed = Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt"));
        String body = seed.substring(seed.indexOf("\n\n") + 2);
        StringBuilder text = new StringBuilder(seed);
        for (int i = 0; text.length() < megabytes * 1_000_000L; i++) {
            text.append("\n\nPartie ").append(i).append(".\n\n").append(body);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        text = null;
        System.out.printf("document: %.1f MB, max heap %d MB%n", bytes.length / 1e6,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        long start = System.nanoTime();
        reset();
        NewDocument document = new DocumentParser().parse("large.txt", bytes, IngestOptions.NONE);
        report("parse (decode, metadata)", start);

        start = System.nanoTime();
        reset();
        DocumentExtraction read = Extraction.standard().read(document.text(), document.bodyStart(),
                document.metadata().language(), document.metadata().publishedOn());
        report("extraction (" + read.timexes().size() + " dates, " + read.mentions().size() + " mentions, "
                + read.events().size() + " events)", start);
        read = null;
        document = null;

        Path work = Files.createTempDirectory("annalist-large");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnalistApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties(Map.of("logging.level.root", "WARN", "annalist.ingest.max-bytes", "64MB",
                        "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"))
                .run("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db").toAbsolutePath())) {
            IngestService ingest = context.getBean(IngestService.class);
            System.gc();
            start = System.nanoTime();
            reset();
            IngestResult result = ingest.ingest("large.txt", bytes, IngestOptions.NONE);
            report("whole ingestion: " + result.line().replaceAll("^(\\S+).*?(: \\d+ dates.*)$", "$1$2"), start);
        }
    }

    private static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Wall time since {@code start}, and the peak heap: the sum of the heap pools' peaks (an upper bound). */
    private static void report(String phase, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("%s: %.1f s, peak heap %d MB%n", phase, seconds, peak / (1024 * 1024));
    }
}
