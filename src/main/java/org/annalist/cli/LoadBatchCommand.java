package org.annalist.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annalist.batch.BatchCodec;
import org.annalist.batch.BatchDocument;
import org.annalist.documents.IngestResult;
import org.annalist.documents.IngestService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "load-batch", mixinStandardHelpOptions = true,
        description = {"Stores the documents a batch job read (the Spark job's documents/ folder, JSON Lines),",
                "in their batch order, with the rows ingest would write: dates, actors, events, merged with the",
                "stored ones. Prints one line a document and a summary, as ingest does."})
class LoadBatchCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    AnnalistCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "The job's documents folder (or one JSON Lines file).")
    Path folder;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such folder: " + folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Path> parts;
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
            }
        } else {
            parts = List.of(folder);
        }
        if (parts.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No part-* file in " + folder
                    + " (the documents folder a batch job writes)");
        }
        try (InOrder batch = new InOrder(parts)) {
            List<IngestResult> results = root.service(IngestService.class)
                    .storeBatch(batch, result -> out.println(TerminalText.safe(result.line())));
            return IngestCommand.summary(results, out);
        }
    }

    /** The documents of the part files, one line each, checked to come in their batch order. */
    private static final class InOrder implements Iterator<BatchDocument>, AutoCloseable {
        private final Iterator<Path> parts;
        private BufferedReader reader;
        private String line;
        private Path part;
        private long lineNumber;
        private long lastIndex = -1;

        InOrder(List<Path> parts) {
            this.parts = parts.iterator();
        }

        @Override
        public boolean hasNext() {
            try {
                while (line == null) {
                    if (reader != null) {
                        line = reader.readLine();
                        lineNumber++;
                        if (line != null && line.isBlank()) {
                            line = null;
                            continue;
                        }
                        if (line != null) {
                            break;
                        }
                        reader.close();
                        reader = null;
                    }
                    if (!parts.hasNext()) {
                        return false;
                    }
                    part = parts.next();
                    lineNumber = 0;
                    reader = Files.newBufferedReader(part, StandardCharsets.UTF_8);
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + part + ": " + e.getMessage(), e);
            }
        }

        @Override
        public BatchDocument next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            BatchDocument document;
            try {
                document = BatchCodec.read(line);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("%s, line %d: not a batch document (%s)"
                        .formatted(part, lineNumber, e.getMessage()), e);
            }
            line = null;
            if (document.index() <= lastIndex) {
                throw new IllegalArgumentException("%s, line %d: document %d after %d: the part files are not in batch order"
                        .formatted(part, lineNumber, document.index(), lastIndex));
            }
            lastIndex = document.index();
            return document;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
