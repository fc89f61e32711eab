package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.event.DocumentFrequencies;
import org.annalist.event.ExtractedEvent;
import org.annalist.event.Extraction;
import org.annalist.event.MergeDecision;
import org.annalist.event.MergeView;
import org.annalist.event.MergeWords;

/**
 * What one merge decision costs: the events of the seeds as the decision sees them (views built once, as the store
 * builds a candidate's), every pair decided, over and over; then what building a view costs.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.MergeBenchmark</pre>
 */
public final class MergeBenchmark {

    public static void main(String[] args) throws Exception {
        List<String> seeds = List.of(Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt")),
                Files.readString(Path.of("seeds/001_ff27fb5dbf59a9fe.txt")));
        Extraction extraction = Extraction.standard();
        DocumentFrequencies rarity = new DocumentFrequencies();
        List<ExtractedEvent> events = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String seed : seeds) {
            for (ExtractedEvent event : extraction.read(seed, 0, "fr", LocalDate.of(2021, 1, 29)).events()) {
                if (event.dateTimex() != null && event.dateTimex().interval() != null) {
                    events.add(event);
                    texts.add(seed);
                }
            }
            rarity.add("fr", MergeWords.of(seed, "fr").keySet());
        }
        List<MergeView> views = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            views.add(MergeView.of(events.get(i), texts.get(i)));
        }
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            long decisions = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (MergeView a : views) {
                    for (MergeView b : views) {
                        sink += MergeDecision.decide(a, b, rarity).same() ? 1 : 0;
                        decisions++;
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            System.out.printf("round %d: %,d decisions, %.2f µs a decision%n", round + 1, decisions, elapsed / 1e3 / decisions);
        }
        long start = System.nanoTime();
        int built = 0;
        while (System.nanoTime() - start < 2_000_000_000L) {
            for (int i = 0; i < events.size(); i++) {
                sink += MergeView.of(events.get(i), texts.get(i)).words().size();
                built++;
            }
        }
        System.out.printf("views: %.2f µs to build one (%d events)%n", (System.nanoTime() - start) / 1e3 / built, events.size());
        System.out.println("(" + sink + ")");
    }
}
