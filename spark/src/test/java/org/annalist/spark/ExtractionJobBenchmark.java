package org.annalist.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;

/**
 * The job's throughput in local mode against {@code ingest} on the same cores and the same documents (the development
 * corpus by default): the job twice in one JVM (the first run pays for loading the lexicons and models and for warming
 * up), then the packaged application's {@code ingest} into a new H2 database, and {@code load-batch} of the job's
 * output into another. Prints documents/s and MB/s for each.
 *
 * <pre>
 * ./annalist package
 * cd spark    # paths are relative to the module, as in its tests
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.annalist.spark.ExtractionJobBenchmark [-Dexec.args="FOLDER..."]
 * </pre>
 */
public final class ExtractionJobBenchmark {

    private ExtractionJobBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> inputs = args.length > 0 ? List.of(args) : List.of(
                ExtractionJobTest.CORPUS.resolve("egypt").toString(), ExtractionJobTest.CORPUS.resolve("yemen").toString());
        Path dir = Files.createTempDirectory("annalist-spark-bench");
        long bytes = 0;
        int documents = ExtractionJob.files(inputs).size();
        for (var input : ExtractionJob.files(inputs)) {
            bytes += Files.size(Path.of(input.path()));
        }
        System.out.printf("%d documents, %.1f MB, %d cores%n", documents, bytes / 1e6,
                Runtime.getRuntime().availableProcessors());

        SparkSession spark = LocalSpark.start();
        spark.sparkContext().setLogLevel("WARN");
        ExtractionJob.Summary cold = ExtractionJob.run(spark, JobOptions.parse(
                cat("--output", dir.resolve("cold").toString(), inputs).toArray(String[]::new)));
        ExtractionJob.Summary warm = ExtractionJob.run(spark, JobOptions.parse(
                cat("--output", dir.resolve("warm").toString(), inputs).toArray(String[]::new)));
        spark.stop();
        System.out.println("job, local[2], first run:  " + cold.line());
        System.out.println("job, local[2], second run: " + warm.line());

        if (!Files.isRegularFile(LoadBatchEndToEndTest.JAR)) {
            System.out.println(LoadBatchEndToEndTest.JAR + " is not built (./annalist package): ingest not measured");
            return;
        }
        double ingest = timed(dir, "ingested", cat("ingest", null, inputs));
        double load = timed(dir, "loaded", List.of("load-batch", dir.resolve("warm").resolve("documents").toString()));
        System.out.printf("ingest (one process, all cores, with storing and merging): %.1f s, %.1f documents/s, %.2f MB/s%n",
                ingest, documents / ingest, bytes / 1e6 / ingest);
        System.out.printf("load-batch of the job's output (storing and merging only): %.1f s, %.1f documents/s, %.2f MB/s%n",
                load, documents / load, bytes / 1e6 / load);
        System.out.printf("job (second run) + load-batch: %.1f s, %.2f MB/s%n", warm.seconds() + load,
                bytes / 1e6 / (warm.seconds() + load));
        // Hadoop's file-system threads would complain of being interrupted by exec:java's end.
        System.exit(0);
    }

    private static List<String> cat(String command, String value, List<String> inputs) {
        List<String> args = new ArrayList<>(List.of(command));
        if (value != null) {
            args.add(value);
        }
        args.addAll(inputs);
        return args;
    }

    /** Seconds the packaged application takes, JVM start included. */
    private static double timed(Path dir, String database, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve(database).toAbsolutePath(), "-jar",
                LoadBatchEndToEndTest.JAR.toString()));
        command.addAll(args);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve(database + ".out").toFile())
                .redirectErrorStream(true).start();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(args.getFirst() + " failed: see " + dir.resolve(database + ".out"));
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
