package org.annalist.batch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.Extraction;
import org.annalist.layout.FurnitureMemory;
import org.annalist.layout.LineFingerprints;
import org.annalist.reading.DocumentMetadata;
import org.annalist.reading.DocumentParser;
import org.annalist.reading.NewDocument;
import org.annalist.reading.RejectedInputException;

/**
 * Reads the documents of a batch as {@code ingest} reads them, in two passes that a cluster can share out: first each
 * document's text and the fingerprints of its lines, then each document with the furniture the documents before it
 * share (the counts of the first pass, ranked by batch order). One reader per JVM is enough: it is thread-safe.
 */
public final class BatchReader {

    /** What {@code ingest} refuses by default ({@code annalist.ingest.max-bytes}). */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** The first pass: a document's identity and its lines, or why it cannot be read (sent between machines). */
    public record Fingerprinted(long index, String contentHash, Set<Long> fingerprints, String rejected)
            implements java.io.Serializable {

        public Fingerprinted {
            fingerprints = new HashSet<>(fingerprints);
        }
    }

    private final DocumentParser parser = new DocumentParser();
    private final Extraction extraction;
    private final long maxBytes;

    public BatchReader(Extraction extraction, long maxBytes) {
        this.extraction = extraction;
        this.maxBytes = maxBytes;
    }

    public static BatchReader standard() {
        return new BatchReader(Extraction.standard(), DEFAULT_MAX_BYTES);
    }

    public Fingerprinted fingerprint(long index, BatchInput input) {
        try {
            NewDocument document = parse(input, FurnitureMemory.NONE);
            return new Fingerprinted(index, document.contentHash(), LineFingerprints.of(document.text()), null);
        } catch (RejectedInputException | RuntimeException e) {
            return new Fingerprinted(index, null, Set.of(), reason(e));
        }
    }

    /** The second pass: the document read with {@code furniture} (fingerprint → earlier documents holding it). */
    public BatchDocument read(long index, BatchInput input, Map<Long, Integer> furniture) {
        NewDocument document;
        try {
            document = parse(input, fingerprint -> furniture.getOrDefault(fingerprint, 0));
        } catch (RejectedInputException | RuntimeException e) {
            return BatchDocument.rejected(index, input, reason(e));
        }
        DocumentExtraction read = extraction.read(document.text(), document.layout(), document.bodyStart(),
                document.metadata().language(), document.metadata().publishedOn());
        return new BatchDocument(index, input, null, document, furniture, read);
    }

    /**
     * The whole batch in one process, in order: what the two passes give, without a cluster (the reference a batch
     * job is compared with, and a small batch's way).
     */
    public List<BatchDocument> readAll(List<BatchInput> inputs) {
        List<Fingerprinted> first = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            first.add(fingerprint(i, inputs.get(i)));
        }
        Map<Long, Map<Long, Integer>> furniture = furniture(first);
        List<BatchDocument> read = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            read.add(read(i, inputs.get(i), furniture.getOrDefault((long) i, Map.of())));
        }
        return read;
    }

    /**
     * For each document (by index), the lines the documents before it hold, counted as the store counts them: each
     * stored text once (a text seen before in the batch is not stored again), rejected documents not at all.
     */
    public static Map<Long, Map<Long, Integer>> furniture(List<Fingerprinted> batch) {
        List<Fingerprinted> ordered = batch.stream()
                .sorted(java.util.Comparator.comparingLong(Fingerprinted::index)).toList();
        Map<Long, Integer> stored = new HashMap<>();
        Set<String> texts = new HashSet<>();
        Map<Long, Map<Long, Integer>> furniture = new HashMap<>();
        for (Fingerprinted document : ordered) {
            if (document.rejected() != null) {
                continue;
            }
            Map<Long, Integer> seen = new HashMap<>();
            for (long fingerprint : document.fingerprints()) {
                Integer count = stored.get(fingerprint);
                if (count != null) {
                    seen.put(fingerprint, count);
                }
            }
            furniture.put(document.index(), seen);
            if (texts.add(document.contentHash())) {
                document.fingerprints().forEach(f -> stored.merge(f, 1, Integer::sum));
            }
        }
        return furniture;
    }

    private NewDocument parse(BatchInput input, FurnitureMemory furniture) throws RejectedInputException {
        byte[] bytes = input.bytes();
        if (bytes.length > maxBytes) {
            throw new RejectedInputException("too large: %d bytes, over the %d limit".formatted(bytes.length, maxBytes));
        }
        NewDocument document = parser.parse(input.sourceName(), bytes, input.options(), text -> furniture);
        if (input.url() != null && document.metadata().url() == null) {
            document = withUrl(document, input.url());
        }
        return document;
    }

    private static NewDocument withUrl(NewDocument document, String url) {
        DocumentMetadata m = document.metadata();
        DocumentMetadata metadata = new DocumentMetadata(m.title(), m.author(), m.outlet(), m.publishedOn(),
                m.publishedAt(), m.dateSource(), m.language(), url, m.regions(), m.themes(), m.analyses(), m.original());
        return new NewDocument(document.contentHash(), document.sourceName(), document.mediaType(),
                document.sourceCharset(), metadata, document.bodyStart(), document.text(), document.layout());
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
