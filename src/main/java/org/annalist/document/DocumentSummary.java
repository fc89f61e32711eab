package org.annalist.document;

import java.time.OffsetDateTime;

/** A stored document without its text: what lists show. */
public record DocumentSummary(
        long id, String sourceName, MediaType mediaType, DocumentMetadata metadata, int charCount,
        OffsetDateTime ingestedAt) {
}
