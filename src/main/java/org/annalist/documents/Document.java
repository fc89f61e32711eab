package org.annalist.documents;

import org.annalist.reading.DocumentMetadata;

/** A stored document with its text. */
public record Document(DocumentSummary summary, String contentHash, String sourceCharset, int bodyStart, String text) {

    public long id() {
        return summary.id();
    }

    public DocumentMetadata metadata() {
        return summary.metadata();
    }
}
