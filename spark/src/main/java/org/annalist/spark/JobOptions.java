package org.annalist.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.batch.BatchReader;

/**
 * The job's command line.
 *
 * @param inputs     files and folders (format {@code files}), or JSON Lines / Parquet paths any Spark can read
 * @param format     how the inputs are given
 * @param output     the folder the job writes (must not exist): documents/ for {@code load-batch}, and Parquet tables
 * @param maxBytes   larger documents are rejected, as {@code ingest} rejects them
 * @param partitions how many pieces the documents are read in (0: Spark's default parallelism)
 * @param master     the Spark master for a run without spark-submit ({@code local[2]}), or null
 */
public record JobOptions(List<String> inputs, Format format, String output, long maxBytes, int partitions,
                         String master) implements java.io.Serializable {

    public enum Format { FILES, JSONL, PARQUET }

    static final String USAGE = """
            Usage: spark-submit --class org.annalist.spark.ExtractionJob annalist-spark.jar \\
                     --output DIR [--format files|jsonl|parquet] [--max-bytes N] [--partitions N] [--master URL] INPUT...
            Reads the documents (files and folders of .txt, .md, .html; or JSON Lines / Parquet records with the
            columns id, text, published, language, url) as `annalist ingest` reads them, and writes DIR/documents
            (for `annalist load-batch DIR/documents`) and the Parquet tables DIR/timexes, DIR/mentions, DIR/events.""";

    /** The options, or an {@link IllegalArgumentException} saying what is wrong. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        Format format = Format.FILES;
        String output = null;
        long maxBytes = BatchReader.DEFAULT_MAX_BYTES;
        int partitions = 0;
        String master = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--output" -> output = value(args, ++i, arg);
                case "--format" -> {
                    String name = value(args, ++i, arg);
                    try {
                        format = Format.valueOf(name.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--format: files, jsonl or parquet, not " + name);
                    }
                }
                case "--max-bytes" -> maxBytes = number(value(args, ++i, arg), arg);
                case "--partitions" -> partitions = (int) number(value(args, ++i, arg), arg);
                case "--master" -> master = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    inputs.add(arg);
                }
            }
        }
        if (output == null) {
            throw new IllegalArgumentException("--output DIR is required");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no INPUT given");
        }
        return new JobOptions(List.copyOf(inputs), format, output, maxBytes, partitions, master);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String value, String option) {
        try {
            long number = Long.parseLong(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": a whole number ≥ 0, not " + value);
        }
    }
}
