package org.annalist.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.Extraction;
import org.annalist.layout.LineFingerprints;

/**
 * A folder of pages read as one ingestion reads it (path order, each page with the lines the pages before it share),
 * without a database: what the corpus evaluations score. The publication day is the name of the file's folder when
 * the text does not say (the crawl's convention).
 */
public final class CorpusReading {

    /** One page as read. */
    public record Read(Path file, String path, NewDocument document, LocalDate published, DocumentExtraction extraction) {

        public String text() {
            return document.text();
        }
    }

    private CorpusReading() {
    }

    /** The pages of the folder (its {@code reference/} timelines left out), read in path order. */
    public static List<Read> read(Path corpus, Extraction extraction) throws IOException {
        List<Path> files;
        try (Stream<Path> tree = Files.walk(corpus)) {
            files = tree.filter(f -> f.toString().endsWith(".txt"))
                    .filter(f -> !corpus.relativize(f).startsWith("reference")).sorted().toList();
        }
        DocumentParser parser = new DocumentParser();
        LineFingerprints stored = new LineFingerprints();
        List<Read> reads = new ArrayList<>();
        for (Path file : files) {
            NewDocument document;
            try {
                document = parser.parse(file.toString(), Files.readAllBytes(file), IngestOptions.NONE, text -> stored.memory());
            } catch (RejectedInputException e) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stored.add(document.text());
            // A page that gives no date has its folder's day (DateSource.FOLDER), as ingestion gives it.
            LocalDate published = document.metadata().publishedOn();
            reads.add(new Read(file, corpus.relativize(file).toString().replace('\\', '/'), document, published,
                    extraction.read(document.text(), document.layout(), document.bodyStart(),
                            document.metadata().language(), published)));
        }
        return reads;
    }
}
