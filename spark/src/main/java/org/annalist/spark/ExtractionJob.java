package org.annalist.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.batch.BatchCodec;
import org.annalist.batch.BatchDocument;
import org.annalist.batch.BatchInput;
import org.annalist.batch.BatchReader;
import org.annalist.batch.BatchReader.Fingerprinted;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reads a corpus on a Spark cluster as {@code annalist ingest} reads it, in two passes: the text and line fingerprints
 * of each document; then each document with the furniture the documents before it (in batch order) share, its dates,
 * mentions and events. Writes {@code documents/} (JSON Lines in batch order, for {@code annalist load-batch}, which
 * stores the rows ingest would write and merges events across documents in the database) and the Parquet tables
 * {@code timexes/}, {@code mentions/}, {@code events/}.
 */
public final class ExtractionJob {

    /** What a run did. */
    public record Summary(long documents, long rejected, long bytes, long timexes, long mentions, long events,
                          double seconds) {

        public String line() {
            return "%d documents (%d rejected), %.1f MB, in %.1f s: %.1f documents/s, %.2f MB/s; %d dates, %d mentions, %d events"
                    .formatted(documents, rejected, bytes / 1e6, seconds, documents / seconds, bytes / 1e6 / seconds,
                            timexes, mentions, events);
        }
    }

    /** A document as the second pass read it: its hand-off line and its table rows (sent between machines). */
    record Read(long index, String line, List<Row> timexes, List<Row> mentions, List<Row> events, boolean rejected)
            implements java.io.Serializable {
    }

    private ExtractionJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("annalist-spark: " + e.getMessage());
            System.err.println(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("annalist-extraction");
        if (options.master() != null) {
            builder.master(options.master());
            if (options.master().startsWith("local")) {
                // A run on this machine listens on loopback only.
                builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.ui.enabled", "false");
            }
        }
        SparkSession spark = builder.getOrCreate();
        try {
            System.out.println(run(spark, options).line());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("annalist-spark: " + e.getMessage());
            spark.stop();
            System.exit(1);
        }
        spark.stop();
    }

    public static Summary run(SparkSession spark, JobOptions options) {
        long started = System.nanoTime();
        if (Files.exists(Path.of(options.output())) && options.output().indexOf(':') < 0) {
            throw new IllegalArgumentException(options.output() + " exists: the job writes a new folder");
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Pieces several times the cores: one long page (a comment thread of 2 MB) does not hold up a core's share.
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();
        long maxBytes = options.maxBytes();

        JavaPairRDD<Long, BatchInput> inputs = inputs(spark, context, options, partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        // Kept: the furniture's two branches use it.
        JavaRDD<Fingerprinted> first = inputs.map(input -> Readers.of(maxBytes).fingerprint(input._1(), input._2()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Map<Long, Integer>> furniture = furniture(first);

        JavaRDD<Read> read = inputs.leftOuterJoin(furniture, partitions).map(entry -> {
            BatchDocument document = Readers.of(maxBytes).read(entry._1(), entry._2()._1(),
                    entry._2()._2().orElse(Map.of()));
            return new Read(entry._1(), BatchCodec.write(document), Tables.timexes(document), Tables.mentions(document),
                    Tables.events(document), document.rejected() != null);
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());

        String out = options.output().endsWith("/") ? options.output() : options.output() + "/";
        // Sorted by batch index: the part files, in name order, are the batch in order.
        read.mapToPair(r -> new Tuple2<>(r.index(), r.line())).sortByKey(true, partitions).values()
                .saveAsTextFile(out + "documents");
        table(spark, read.flatMap(r -> r.timexes().iterator()), Tables.TIMEXES, out + "timexes");
        table(spark, read.flatMap(r -> r.mentions().iterator()), Tables.MENTIONS, out + "mentions");
        table(spark, read.flatMap(r -> r.events().iterator()), Tables.EVENTS, out + "events");
        // Documents, rejected, dates, mentions, events: counted in one pass over what was read.
        long[] counts = read.map(r -> new long[] {1, r.rejected() ? 1 : 0, r.timexes().size(), r.mentions().size(),
                r.events().size()}).fold(new long[5], ExtractionJob::add);
        long bytes = inputs.values().map(ExtractionJob::size).fold(0L, Long::sum);
        read.unpersist();
        first.unpersist();
        inputs.unpersist();
        return new Summary(counts[0], counts[1], bytes, counts[2], counts[3], counts[4],
                (System.nanoTime() - started) / 1e9);
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static void table(SparkSession spark, JavaRDD<Row> rows, org.apache.spark.sql.types.StructType schema,
                              String path) {
        Dataset<Row> table = spark.createDataFrame(rows, schema);
        table.write().parquet(path);
    }

    /**
     * For each document (by batch index), its lines that documents before it hold and how many do, counted as the
     * store counts them ({@link BatchReader#furniture}): each text once, at its first place; rejected ones not at all.
     */
    static JavaPairRDD<Long, Map<Long, Integer>> furniture(JavaRDD<Fingerprinted> first) {
        JavaRDD<Fingerprinted> accepted = first.filter(f -> f.rejected() == null);
        JavaPairRDD<String, Long> firstOfText = accepted.mapToPair(f -> new Tuple2<>(f.contentHash(), f.index()))
                .reduceByKey(Math::min);
        // Each document's lines, with whether it counts (the first document of its text).
        JavaPairRDD<Long, Tuple2<Long, Boolean>> holders = accepted.mapToPair(f -> new Tuple2<>(f.contentHash(), f))
                .join(firstOfText)
                .flatMapToPair(entry -> {
                    Fingerprinted document = entry._2()._1();
                    boolean counts = document.index() == entry._2()._2();
                    List<Tuple2<Long, Tuple2<Long, Boolean>>> lines = new ArrayList<>();
                    for (long fingerprint : document.fingerprints()) {
                        lines.add(new Tuple2<>(fingerprint, new Tuple2<>(document.index(), counts)));
                    }
                    return lines.iterator();
                });
        return holders.groupByKey().flatMapToPair(line -> {
            List<Tuple2<Long, Boolean>> documents = new ArrayList<>();
            line._2().forEach(documents::add);
            List<Tuple2<Long, Tuple2<Long, Integer>>> seen = new ArrayList<>();
            if (documents.size() < 2) {
                return seen.iterator();
            }
            documents.sort((a, b) -> Long.compare(a._1(), b._1()));
            int before = 0;
            for (Tuple2<Long, Boolean> document : documents) {
                if (before > 0) {
                    seen.add(new Tuple2<>(document._1(), new Tuple2<>(line._1(), before)));
                }
                if (document._2()) {
                    before++;
                }
            }
            return seen.iterator();
        }).groupByKey().mapValues(lines -> {
            Map<Long, Integer> counts = new HashMap<>();
            lines.forEach(line -> counts.put(line._1(), line._2()));
            return counts;
        });
    }

    /** The documents, numbered in batch order: files in ingest's order, records in their order in the input. */
    private static JavaPairRDD<Long, BatchInput> inputs(SparkSession spark, JavaSparkContext context,
                                                        JobOptions options, int partitions) {
        JavaRDD<BatchInput> inputs = switch (options.format()) {
            case FILES -> context.parallelize(files(options.inputs()), partitions);
            case JSONL -> records(spark.read().json(options.inputs().toArray(String[]::new)));
            case PARQUET -> records(spark.read().parquet(options.inputs().toArray(String[]::new)));
        };
        return inputs.zipWithIndex().mapToPair(entry -> new Tuple2<>(entry._2(), entry._1()));
    }

    /** Files and folders as ingest expands them: every supported file inside, not hidden, in path order. */
    static List<BatchInput> files(List<String> paths) {
        List<BatchInput> inputs = new ArrayList<>();
        for (String name : paths) {
            Path path = Path.of(name);
            if (!Files.isDirectory(path)) {
                inputs.add(BatchInput.file(path));
                continue;
            }
            try {
                org.annalist.reading.CorpusFiles.documentsIn(path).stream().map(BatchInput::file).forEach(inputs::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read folder " + path + ": " + e.getMessage(), e);
            }
        }
        return inputs;
    }

    private static JavaRDD<BatchInput> records(Dataset<Row> table) {
        List<String> columns = List.of(table.columns());
        for (String required : List.of("id", "text")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException("the records have no '" + required + "' column (columns: "
                        + columns + "; expected id, text, published, language, url)");
            }
        }
        boolean published = columns.contains("published");
        boolean language = columns.contains("language");
        boolean url = columns.contains("url");
        return table.toJavaRDD().map(row -> BatchInput.record(String.valueOf(row.<Object>getAs("id")),
                row.<String>getAs("text") == null ? "" : row.getAs("text"),
                published && row.getAs("published") != null ? LocalDate.parse(String.valueOf(row.<Object>getAs("published")).substring(0, 10)) : null,
                language ? row.getAs("language") : null,
                url ? row.getAs("url") : null));
    }

    private static long size(BatchInput input) {
        if (input.path() == null) {
            return input.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        try {
            return Files.size(Path.of(input.path()));
        } catch (IOException e) {
            return 0;
        }
    }
}
