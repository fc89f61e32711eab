package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.event.Extraction;
import org.annalist.layout.Layout;
import org.annalist.layout.LineFingerprints;
import org.annalist.reading.DocumentParser;
import org.annalist.reading.IngestOptions;
import org.annalist.reading.NewDocument;

/**
 * Extraction alone (dates, actors and places, events; no parsing, no database) on one core, over the French news of
 * {@code ../shared/corpora/ml-crisis-fr-dev}, repeated until about 20 MB were read after a warm-up. By default each
 * page's whole text is read as a body (menus, teasers and comments included: the worst case); with
 * {@code -Dbody=true} each page is parsed once beforehand (outside the timing) and only its article body is read,
 * as ingestion does, the throughput still counted over the whole page's bytes.
 *
 * <pre>java [-Dbody=true] -cp target/test-classes:target/classes:CLASSPATH org.annalist.bench.ExtractionBenchmark [FOLDER]</pre>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    private record Page(String text, Layout layout, int bodyStart, LocalDate day) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/ml-crisis-fr-dev");
        boolean body = Boolean.getBoolean("body");
        List<Page> pages = new ArrayList<>();
        DocumentParser parser = new DocumentParser();
        LineFingerprints stored = new LineFingerprints();
        long size = 0;
        try (Stream<Path> tree = Files.walk(corpus)) {
            for (Path file : tree.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("reference")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                size += bytes.length;
                LocalDate day;
                try {
                    day = LocalDate.parse(file.getParent().getFileName().toString());
                } catch (RuntimeException e) {
                    day = LocalDate.of(2011, 1, 1);
                }
                if (body) {
                    NewDocument document = parser.parse(file.toString(), bytes, IngestOptions.NONE, text -> stored.memory());
                    stored.add(document.text());
                    pages.add(new Page(document.text(), document.layout(), document.bodyStart(), day));
                } else {
                    pages.add(new Page(Files.readString(file), null, 0, day));
                }
            }
        }
        Extraction extraction = Extraction.standard();
        for (Page page : pages) {
            read(extraction, page); // warm-up, models loaded
        }
        long bytes = 0;
        long events = 0;
        long start = System.nanoTime();
        while (bytes < 20_000_000) {
            for (Page page : pages) {
                events += read(extraction, page);
            }
            bytes += size;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "extraction%s: %d documents (%.2f MB) x%d, %.1f s, %.2f MB/s on one core, %d events%n",
                body ? " of the bodies" : "", pages.size(), size / 1e6, bytes / size, seconds, bytes / 1e6 / seconds, events);
    }

    private static int read(Extraction extraction, Page page) {
        return page.layout() == null
                ? extraction.read(page.text(), 0, "fr", page.day()).events().size()
                : extraction.read(page.text(), page.layout(), page.bodyStart(), "fr", page.day()).events().size();
    }
}
