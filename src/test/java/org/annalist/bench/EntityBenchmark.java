package org.annalist.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityFinder;

/**
 * Start-up time and heap of the entity dictionaries, then mention extraction throughput on >= 10 MB of French news
 * text (the seeds repeated), single thread and all cores.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.EntityBenchmark</pre>
 */
public final class EntityBenchmark {

    public static void main(String[] args) throws Exception {
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        EntityDictionary dictionary = EntityDictionary.standard();
        long loading = System.nanoTime() - start;
        System.gc();
        long heap = usedHeap() - heapBefore;
        System.out.printf("dictionaries: %d entities, %d names; loaded in %.2f s; heap %.1f MB%n",
                dictionary.entities().size(), dictionary.surfaceCount(), loading / 1e9, heap / 1e6);

        List<String> seeds = List.of(Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt")),
                Files.readString(Path.of("seeds/001_ff27fb5dbf59a9fe.txt")));
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < 10 * 1024 * 1024; i++) {
            corpus.add(seeds.get(i % 2));
            bytes += seeds.get(i % 2).getBytes(StandardCharsets.UTF_8).length;
        }
        EntityFinder finder = new EntityFinder(dictionary);
        for (int i = 0; i < 300; i++) {
            finder.find(corpus.get(i), "fr");
        }
        Throughput.report("entities fr, 1 thread", bytes, () -> corpus.forEach(d -> finder.find(d, "fr")));
        Throughput.report("entities fr, all cores", bytes, () -> corpus.parallelStream().forEach(d -> finder.find(d, "fr")));
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
