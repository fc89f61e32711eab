package org.annalist.bench;

/** Best of three runs over a corpus, printed in MB/s: the benchmarks' common measure. */
final class Throughput {

    private Throughput() {
    }

    static void report(String name, long bytes, Runnable run) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-28s %7.2f MB in %6.2f s: %6.2f MB/s%n", name, bytes / 1e6, best / 1e9, bytes / 1e6 / (best / 1e9));
    }
}
