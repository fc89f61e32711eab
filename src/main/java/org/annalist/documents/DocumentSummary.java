package org.annalist.documents;

import java.time.OffsetDateTime;
import org.annalist.reading.DocumentMetadata;
import org.annalist.reading.MediaType;

/** A stored document without its text: what lists show. */
public record DocumentSummary(
        long id, String sourceName, MediaType mediaType, DocumentMetadata metadata, int charCount,
        OffsetDateTime ingestedAt) {
}
