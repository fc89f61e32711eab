package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.event.Extraction;

/**
 * Extraction alone (dates, actors and places, events; no parsing, no database) on one core, over the French news of
 * {@code ../shared/corpora/ml-crisis-fr-dev} (each page's whole text, read as a body), repeated until about 20 MB were
 * read after a warm-up.
 *
 * <pre>java -cp target/test-classes:target/classes:CLASSPATH org.annalist.bench.ExtractionBenchmark [FOLDER]</pre>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/ml-crisis-fr-dev");
        List<String> texts = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(corpus)) {
            for (Path file : tree.filter(f -> f.toString().endsWith(".txt") && !f.toString().contains("reference")).sorted().toList()) {
                texts.add(Files.readString(file));
                LocalDate day;
                try {
                    day = LocalDate.parse(file.getParent().getFileName().toString());
                } catch (RuntimeException e) {
                    day = LocalDate.of(2011, 1, 1);
                }
                days.add(day);
            }
        }
        long size = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        Extraction extraction = Extraction.standard();
        for (int i = 0; i < texts.size(); i++) {
            extraction.read(texts.get(i), 0, "fr", days.get(i)); // warm-up, models loaded
        }
        long bytes = 0;
        long events = 0;
        long start = System.nanoTime();
        while (bytes < 20_000_000) {
            for (int i = 0; i < texts.size(); i++) {
                events += extraction.read(texts.get(i), 0, "fr", days.get(i)).events().size();
            }
            bytes += size;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "extraction: %d documents (%.2f MB) x%d, %.1f s, %.2f MB/s on one core, %d events%n",
                texts.size(), size / 1e6, bytes / size, seconds, bytes / 1e6 / seconds, events);
    }
}
