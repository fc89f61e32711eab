package org.annalist.documents;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.annalist.batch.BatchDocument;
import org.annalist.batch.BatchReader;
import org.annalist.database.Durability;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.Extraction;
import org.annalist.events.ExtractionRepository;
import org.annalist.events.MergeLock;
import org.annalist.layout.FurnitureMemory;
import org.annalist.layout.Layout;
import org.annalist.reading.DocumentParser;
import org.annalist.reading.IngestOptions;
import org.annalist.reading.NewDocument;
import org.annalist.reading.RejectedInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Ingests files, folders and uploads: each input is parsed and stored on its own (one transaction a document), a bad
 * input is reported and skipped, and a document already stored (same text) is left as it is.
 */
@Service
public class IngestService {

    /** At most this many stored documents, or this long, before they are made durable and reported. */
    private static final int GROUP = 64;
    private static final long GROUP_MILLIS = 250;

    /** Documents read ahead of the one being stored, per core: enough to keep the cores busy, few in memory. */
    private static final int READ_AHEAD = 4;

    private final DocumentParser parser = new DocumentParser();
    private final Extraction extraction = Extraction.standard();
    private final DocumentRepository documents;
    private final ExtractionRepository extractions;
    private final MergeLock mergeLock;
    private final LineFingerprintRepository fingerprints;
    private final TransactionTemplate transactions;
    private final DataSize maxSize;
    private final Durability durability;

    public IngestService(DocumentRepository documents, ExtractionRepository extractions, MergeLock mergeLock,
                         LineFingerprintRepository fingerprints, PlatformTransactionManager transactionManager,
                         @Value("${annalist.ingest.max-bytes:20MB}") DataSize maxSize, Durability durability) {
        this.durability = durability;
        this.documents = documents;
        this.extractions = extractions;
        this.mergeLock = mergeLock;
        this.fingerprints = fingerprints;
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Ingests files and folders (recursively: every .txt, .md, .html inside), on all cores, reporting each result in
     * the order of the inputs.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public List<IngestResult> ingestPaths(List<Path> paths, IngestOptions options, Consumer<IngestResult> listener) {
        List<IngestResult> results = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(expand(path, results, listener));
        }
        // A pipeline: reading (decoding, dates, entities, events) runs on all cores, a few documents ahead, while this
        // thread stores the documents already read, one at a time and in the order of the inputs: H2's store gains
        // nothing from concurrent writers (measured), and ids stay in input order.
        int readers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(readers, Thread.ofPlatform().name("annalist-read-", 1)
                .daemon(true).factory());
        try {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            GroupReport report = new GroupReport(listener);
            int next = 0;
            while (next < files.size() || !ahead.isEmpty()) {
                while (next < files.size() && ahead.size() < READ_AHEAD * readers) {
                    Path file = files.get(next++);
                    ahead.add(pool.submit(() -> prepareFile(file, options)));
                }
                IngestResult result = store(take(ahead.removeFirst()));
                results.add(result);
                report.add(result);
            }
            report.flush();
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /**
     * Results wait here until they are durable: a group commit, one flush for up to GROUP documents or GROUP_MILLIS,
     * after which "stored" is true and each result is told.
     */
    private final class GroupReport {
        private final Consumer<IngestResult> listener;
        private final List<IngestResult> pending = new ArrayList<>();
        private long pendingSince;

        GroupReport(Consumer<IngestResult> listener) {
            this.listener = listener;
        }

        void add(IngestResult result) {
            if (pending.isEmpty()) {
                pendingSince = System.nanoTime();
            }
            pending.add(result);
            if (pending.size() >= GROUP || System.nanoTime() - pendingSince >= GROUP_MILLIS * 1_000_000) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (pending.stream().anyMatch(r -> r.status() == IngestResult.Status.STORED)) {
                durability.flush();
            }
            pending.forEach(listener);
            pending.clear();
        }
    }

    /**
     * Stores documents a batch job read (see {@code org.annalist.batch}), in their batch order, with the rows
     * {@code ingest} would write for them: a document the store knows other furniture for than the job did is read
     * again here, one already stored is left as it is.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public List<IngestResult> storeBatch(Iterator<BatchDocument> batch, Consumer<IngestResult> listener) {
        BatchReader reader = new BatchReader(extraction, maxSize.toBytes());
        List<IngestResult> results = new ArrayList<>();
        GroupReport report = new GroupReport(listener);
        while (batch.hasNext()) {
            IngestResult result = store(prepared(batch.next(), reader));
            results.add(result);
            report.add(result);
        }
        report.flush();
        return results;
    }

    private Prepared prepared(BatchDocument read, BatchReader reader) {
        String name = read.input().name();
        if (read.rejected() != null) {
            return new Prepared(name, IngestResult.rejected(name, read.rejected()));
        }
        var existing = documents.findIdByHash(read.document().contentHash());
        if (existing.isPresent()) {
            return new Prepared(name, IngestResult.unchanged(name, existing.get()));
        }
        return new Prepared(name, read.document(), read.extraction(), null, read.furniture(), () -> prepared(
                reader.read(read.index(), read.input(), fingerprints.countsFor(read.document().text(), false)), reader));
    }

    /** The reading of a document, waited for; what went wrong in it is thrown here, as if it had run on this thread. */
    private static Prepared take(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingestion interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreAuthorize("hasRole('EDITOR')")
    public IngestResult ingestFile(Path file, IngestOptions options) {
        return durable(store(prepareFile(file, options)));
    }

    /** Ingests one document given as bytes (an upload, a resource); {@code name} gives its type by extension. */
    @PreAuthorize("hasRole('EDITOR')")
    public IngestResult ingest(String name, byte[] bytes, IngestOptions options) {
        return durable(store(prepare(name, bytes, options)));
    }

    /** A stored document is made durable before its result is returned (and shown). */
    private IngestResult durable(IngestResult result) {
        if (result.status() == IngestResult.Status.STORED) {
            durability.flush();
        }
        return result;
    }

    /**
     * Ingests an upload the server streamed to a file ({@code name}: the name the person gave it). {@code size} is the
     * number of bytes received: over the limit, it is rejected as too large without being read.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public IngestResult ingestUpload(String name, Path file, long size, IngestOptions options) {
        if (size > maxSize.toBytes()) {
            return tooLarge(name, size);
        }
        try {
            return durable(store(prepare(name, Files.readAllBytes(file), options)));
        } catch (IOException e) {
            return IngestResult.rejected(name, "cannot read the upload: " + e.getMessage());
        }
    }

    /** Why an upload over the limit is refused (for one stopped before its end: "more than" its size). */
    public IngestResult tooLarge(String name, long size, boolean stopped) {
        return stopped ? IngestResult.rejected(name, "too large: more than %s, the limit (annalist.ingest.max-bytes)"
                .formatted(humanSize(maxSize.toBytes()))) : tooLarge(name, size);
    }

    /**
     * A document read and extracted, ready to store; or what becomes of it instead (rejected, unchanged). With the
     * furniture it was read with (its lines that stored documents hold, and how many), and how to read it again.
     */
    private record Prepared(String name, NewDocument document, DocumentExtraction extraction, IngestResult outcome,
                            Map<Long, Integer> furniture, Supplier<Prepared> again) {

        Prepared(String name, IngestResult outcome) {
            this(name, null, null, outcome, Map.of(), null);
        }
    }

    private Prepared prepareFile(Path file, IngestOptions options) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return rejected(name, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > maxSize.toBytes()) {
                return new Prepared(name, tooLarge(name, size));
            }
            return prepare(name, Files.readAllBytes(file), options);
        } catch (NoSuchFileException e) {
            return rejected(name, "no such file");
        } catch (AccessDeniedException e) {
            return rejected(name, "cannot read: permission denied");
        } catch (IOException e) {
            return rejected(name, "cannot read: " + e.getMessage());
        }
    }

    private static Prepared rejected(String name, String reason) {
        return new Prepared(name, IngestResult.rejected(name, reason));
    }

    private Prepared prepare(String name, byte[] bytes, IngestOptions options) {
        if (bytes.length > maxSize.toBytes()) {
            return new Prepared(name, tooLarge(name, bytes.length));
        }
        NewDocument document;
        Map<Long, Integer> furniture = new HashMap<>();
        try {
            document = parser.parse(name, bytes, options, text -> {
                furniture.putAll(fingerprints.countsFor(text, false));
                return FurnitureMemory.of(furniture);
            });
        } catch (RejectedInputException e) {
            return rejected(name, e.getMessage());
        }
        var existing = documents.findIdByHash(document.contentHash());
        if (existing.isPresent()) {
            // Known text: nothing to read again.
            return new Prepared(name, IngestResult.unchanged(name, existing.get()));
        }
        DocumentExtraction read = extraction.read(document.text(), document.layout(), document.bodyStart(),
                document.metadata().language(), document.metadata().publishedOn());
        return new Prepared(name, document, read, null, furniture, () -> prepare(name, bytes, options));
    }

    /**
     * A document read ahead of the ones being stored (or read by a batch job) may not have seen the lines these share:
     * when the store now knows other counts for its lines and they change its layout, it is read again, so that a
     * batch gives what one document at a time gives, whatever the timing.
     */
    private Prepared withStoredFurniture(Prepared prepared) {
        NewDocument document = prepared.document();
        Map<Long, Integer> now = fingerprints.countsFor(document.text(), false);
        if (org.annalist.layout.LayoutAnalyzer.readsAlike(now, prepared.furniture())) {
            return prepared;
        }
        Layout layout = parser.layout(document.text(), document.mediaType(), document.bodyStart(),
                document.metadata().language(), FurnitureMemory.of(now));
        return layout.equals(document.layout()) ? prepared : prepared.again().get();
    }

    private IngestResult store(Prepared ahead) {
        if (ahead.outcome() != null) {
            return ahead.outcome();
        }
        Prepared prepared = withStoredFurniture(ahead);
        if (prepared.outcome() != null) {
            return prepared.outcome();
        }
        String name = prepared.name();
        NewDocument document = prepared.document();
        DocumentExtraction read = prepared.extraction();
        // The text was looked up when it was read; the same text twice in a batch, or stored by another process
        // meanwhile, meets the unique content hash below.
        try {
            ensureEntities(read);
            return mergeLock.inTransaction(() -> {
                long id = documents.insert(document);
                fingerprints.added(document.text());
                return IngestResult.stored(name, id, document.metadata(), document.layout().bodyFound(),
                        extractions.store(id, document.text(), read));
            });
        } catch (DuplicateKeyException raced) {
            // Another ingestion stored the same text between our check and our insert.
            return documents.findIdByHash(document.contentHash())
                    .map(id -> IngestResult.unchanged(name, id))
                    .orElseThrow(() -> raced);
        } catch (DataAccessException e) {
            // The transaction rolled back: nothing of this document is stored; the batch goes on.
            return IngestResult.rejected(name, "could not be stored: " + e.getMostSpecificCause().getMessage());
        }
    }

    /**
     * A person states a document's publication date: its dates and events are read again against it (a person's
     * corrections to events are kept). Returns false when there is no such document; a year outside 1–9999 is refused
     * ({@link IllegalArgumentException}).
     */
    @PreAuthorize("hasRole('EDITOR')")
    public boolean setPublished(long documentId, java.time.LocalDate publishedOn) {
        if (publishedOn != null && (publishedOn.getYear() < org.annalist.temporal.TemporalTagger.FIRST_YEAR
                || publishedOn.getYear() > org.annalist.temporal.TemporalTagger.LAST_YEAR)) {
            throw new IllegalArgumentException("A publication date from year 1 to 9999, not " + publishedOn);
        }
        if (!documents.setPublished(documentId, publishedOn)) {
            return false;
        }
        reextract(documentId);
        durability.flush();
        return true;
    }

    /**
     * Reads a stored document again (after a date change, or a better extractor, or once more documents of its site
     * show what its furniture is) and replaces what was read.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ExtractionRepository.Counts reextract(long documentId) {
        Document document = documents.find(documentId).orElseThrow();
        Layout layout = parser.layout(document.text(), document.summary().mediaType(), document.bodyStart(),
                document.metadata().language(), fingerprints.memoryFor(document.text(), true));
        DocumentExtraction read = extraction.read(document.text(), layout, document.bodyStart(),
                document.metadata().language(), document.metadata().publishedOn());
        ensureEntities(read);
        return mergeLock.inTransaction(() -> {
            documents.replaceLayout(documentId, layout);
            return extractions.replace(documentId, document.text(), read);
        });
    }

    /**
     * The entities a reading names, each written in a transaction of its own (few: most documents name only known
     * ones), so that one another process wrote at the same moment costs that entity's insert, not the document.
     */
    private void ensureEntities(DocumentExtraction read) {
        for (var entity : extractions.unknownEntities(read)) {
            try {
                transactions.execute(status -> {
                    extractions.ensureEntity(entity);
                    return null;
                });
            } catch (DuplicateKeyException | org.springframework.transaction.TransactionException writtenMeanwhile) {
                // Another process stored it between our look and our commit (PostgreSQL then refuses the commit): it
                // is there, which is all we need; were it not, the document's own transaction says so.
            }
        }
    }

    private IngestResult tooLarge(String name, long size) {
        return IngestResult.rejected(name, "too large: %s, over the %s limit (annalist.ingest.max-bytes)"
                .formatted(humanSize(size), humanSize(maxSize.toBytes())));
    }

    private static List<Path> expand(Path path, List<IngestResult> results, Consumer<IngestResult> listener) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            List<Path> found = org.annalist.reading.CorpusFiles.documentsIn(path);
            // A link inside the folder to a file outside it is not followed: ingesting a folder reads that folder only.
            Path root = path.toRealPath();
            List<Path> inside = new ArrayList<>();
            for (Path file : found) {
                if (file.toRealPath().startsWith(root)) {
                    inside.add(file);
                } else {
                    IngestResult rejected = IngestResult.rejected(file.toString(),
                            "symbolic link to a file outside the folder, not followed");
                    results.add(rejected);
                    listener.accept(rejected);
                }
            }
            return inside;
        } catch (IOException | java.io.UncheckedIOException e) {
            IngestResult rejected = IngestResult.rejected(path.toString(), "cannot read folder: " + e.getMessage());
            results.add(rejected);
            listener.accept(rejected);
            return List.of();
        }
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return "%.1f KB".formatted(bytes / 1024.0);
        }
        return "%.1f MB".formatted(bytes / (1024.0 * 1024));
    }
}
