package org.annalist.documents;

import java.util.Locale;
import org.annalist.events.ExtractionRepository;
import org.annalist.reading.DocumentMetadata;

/**
 * What became of one input.
 *
 * @param source     the file (or upload) name
 * @param documentId the stored document (null when rejected)
 * @param detail     the title and date when stored, the reason when rejected
 * @param warning    something the user should act on for a stored document (no publication date), else null
 */
public record IngestResult(String source, Status status, Long documentId, String detail, String warning,
                           ExtractionRepository.Counts counts) {

    public enum Status { STORED, UNCHANGED, REJECTED }

    static IngestResult stored(String source, long id, DocumentMetadata metadata, boolean bodyFound,
                               ExtractionRepository.Counts counts) {
        String undated = metadata.isUndated()
                ? "undated: no publication date found, so no dates or events read; set it with 'annalist set-date "
                + id + " DATE' or on its page"
                : null;
        String noBody = bodyFound ? null
                : "no article body told apart from the page's furniture: its whole text was read; check it on its page";
        String warning = undated == null ? noBody : noBody == null ? undated : undated + "; " + noBody;
        return new IngestResult(source, Status.STORED, id, describe(metadata), warning, counts);
    }

    /** Stored without a publication date. */
    public boolean undated() {
        return warning != null && warning.startsWith("undated");
    }

    static IngestResult unchanged(String source, long id) {
        return new IngestResult(source, Status.UNCHANGED, id, "already stored as document " + id, null, null);
    }

    public static IngestResult rejected(String source, String reason) {
        return new IngestResult(source, Status.REJECTED, null, reason, null, null);
    }

    /** One line for a terminal: {@code stored     seeds/000.txt: #1 "Comment..." (fr, 2021-01-29)}. */
    public String line() {
        String line = "%-9s  %s".formatted(status.name().toLowerCase(Locale.ROOT), source)
                + (status == Status.STORED ? ": #" + documentId + " " + detail : ": " + detail);
        if (counts != null) {
            line += ": %d dates, %d mentions, %d events%s".formatted(counts.timexes(), counts.mentions(), counts.events(),
                    counts.merged() == 0 ? "" : " (" + counts.merged() + " told by another document too)");
        }
        return warning == null ? line : line + " [" + warning + "]";
    }

    private static String describe(DocumentMetadata m) {
        return "\"%s\" (%s, %s)".formatted(m.title() == null ? "untitled" : m.title(),
                m.language() == null ? "language unknown" : m.language(),
                m.publishedOn() == null ? "undated" : m.publishedOn());
    }
}
