package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.batch.BatchCodec;
import org.annalist.batch.BatchDocument;
import org.annalist.batch.BatchInput;
import org.annalist.batch.BatchReader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job in local[2] mode reads exactly what one process reads for the same documents ({@link BatchReader#readAll},
 * which the application's BatchStoreTest shows to give the rows ingest writes), and writes its tables.
 */
class ExtractionJobTest extends LocalSpark {

    static final Path SHARED = Path.of("..", "..", "shared");
    static final Path CORPUS = SHARED.resolve("corpora").resolve("ml-crisis-fr-dev");
    static final Path SEEDS = Path.of("..", "seeds");


    @Test
    void readsTheDevelopmentCorpusAsOneProcessReadsIt() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), CORPUS + " is not there: the corpus comparison is skipped");
        List<String> folders = List.of(CORPUS.resolve("egypt").toString(), CORPUS.resolve("yemen").toString());
        ExtractionJob.Summary summary = ExtractionJob.run(spark, JobOptions.parse(
                "--output", dir.resolve("out").toString(), folders.get(0), folders.get(1)));
        System.out.println("ExtractionJobTest, dev corpus in local[2]: " + summary.line());

        List<BatchDocument> alone = BatchReader.standard().readAll(ExtractionJob.files(folders));
        List<BatchDocument> job = documents(dir.resolve("out"));
        assertThat(job).hasSize(108);
        assertThat(job).containsExactlyElementsOf(alone);
        assertTables(summary, job);
    }

    @Test
    void readsRecordsOfJsonLinesAsTextDocuments() throws IOException {
        List<BatchInput> records = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                records.add(BatchInput.record(seed.getFileName().toString().replace(".txt", ""),
                        Files.readString(seed), LocalDate.of(2024, 5, 2), "fr", "https://example.org/" + seed.getFileName()));
            }
        }
        records.add(BatchInput.record("empty", " ", null, null, null));
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = new ArrayList<>();
        for (BatchInput record : records) {
            var row = new java.util.LinkedHashMap<String, Object>();
            row.put("id", record.name());
            row.put("text", record.text());
            row.put("published", record.published() == null ? null : record.published().toString());
            row.put("language", record.language());
            row.put("url", record.url());
            lines.add(json.writeValueAsString(row));
        }
        Path input = dir.resolve("records.jsonl");
        Files.write(input, lines);

        ExtractionJob.Summary summary = ExtractionJob.run(spark, JobOptions.parse(
                "--format", "jsonl", "--output", dir.resolve("out").toString(), input.toString()));
        List<BatchDocument> job = documents(dir.resolve("out"));
        assertThat(job).containsExactlyElementsOf(BatchReader.standard().readAll(records));
        assertThat(job.getLast().rejected()).isNotNull();
        assertThat(job.getFirst().document().metadata().url()).startsWith("https://example.org/");
        assertThat(summary.rejected()).isEqualTo(1);
        assertTables(summary, job);
    }

    @Test
    void refusesAnOutputThatExistsAndBadOptions() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        assertThatThrownBy(() -> ExtractionJob.run(spark, JobOptions.parse("--output", dir.resolve("out").toString(),
                SEEDS.toString()))).hasMessageContaining("exists");
        assertThatThrownBy(() -> JobOptions.parse("--format", "csv", "--output", "x", "y"))
                .hasMessageContaining("files, jsonl or parquet");
        assertThatThrownBy(() -> JobOptions.parse("in")).hasMessageContaining("--output");
    }

    private void assertTables(ExtractionJob.Summary summary, List<BatchDocument> job) {
        long timexes = job.stream().filter(d -> d.extraction() != null).mapToLong(d -> d.extraction().timexes().size()).sum();
        long mentions = job.stream().filter(d -> d.extraction() != null).mapToLong(d -> d.extraction().mentions().size()).sum();
        long events = job.stream().filter(d -> d.extraction() != null).mapToLong(d -> d.extraction().events().size()).sum();
        assertThat(events).isPositive();
        assertThat(summary.timexes()).isEqualTo(timexes);
        assertThat(summary.mentions()).isEqualTo(mentions);
        assertThat(summary.events()).isEqualTo(events);
        assertThat(summary.documents()).isEqualTo(job.size());
        // The Parquet tables hold what the documents' lines hold.
        Path out = dir.resolve("out");
        assertThat(spark.read().parquet(out.resolve("timexes").toString()).count()).isEqualTo(timexes);
        assertThat(spark.read().parquet(out.resolve("mentions").toString()).count()).isEqualTo(mentions);
        assertThat(spark.read().parquet(out.resolve("events").toString()).count()).isEqualTo(events);
        assertThat(spark.read().parquet(out.resolve("events").toString()).filter("title IS NULL OR content_hash IS NULL")
                .count()).isZero();
    }

    /** The job's documents/ part files, in name order, as load-batch reads them. */
    static List<BatchDocument> documents(Path out) throws IOException {
        List<BatchDocument> documents = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("documents"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    documents.add(BatchCodec.read(line));
                }
            }
        }
        return documents;
    }
}
