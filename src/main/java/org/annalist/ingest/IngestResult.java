package org.annalist.ingest;

import java.util.Locale;
import org.annalist.document.DocumentMetadata;

/**
 * What became of one input.
 *
 * @param source     the file (or upload) name
 * @param documentId the stored document (null when rejected)
 * @param detail     the title and date when stored, the reason when rejected
 * @param warning    something the user should act on for a stored document (no publication date), else null
 */
public record IngestResult(String source, Status status, Long documentId, String detail, String warning) {

    public enum Status { STORED, UNCHANGED, REJECTED }

    static IngestResult stored(String source, long id, DocumentMetadata metadata) {
        return new IngestResult(source, Status.STORED, id, describe(metadata), metadata.isUndated()
                ? "undated: no publication date found; set it with 'annalist set-date " + id + " DATE' or on its page"
                : null);
    }

    static IngestResult unchanged(String source, long id) {
        return new IngestResult(source, Status.UNCHANGED, id, "already stored as document " + id, null);
    }

    static IngestResult rejected(String source, String reason) {
        return new IngestResult(source, Status.REJECTED, null, reason, null);
    }

    /** One line for a terminal: {@code stored     seeds/000.txt: #1 "Comment..." (fr, 2021-01-29)}. */
    public String line() {
        String line = "%-9s  %s".formatted(status.name().toLowerCase(Locale.ROOT), source)
                + (status == Status.STORED ? ": #" + documentId + " " + detail : ": " + detail);
        return warning == null ? line : line + " [" + warning + "]";
    }

    private static String describe(DocumentMetadata m) {
        return "\"%s\" (%s, %s)".formatted(m.title() == null ? "untitled" : m.title(),
                m.language() == null ? "language unknown" : m.language(),
                m.publishedOn() == null ? "undated" : m.publishedOn());
    }
}
