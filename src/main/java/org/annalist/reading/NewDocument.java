package org.annalist.reading;

import org.annalist.layout.Layout;

/**
 * A document ready to be stored.
 *
 * @param contentHash   SHA-256 (hex) of the text: the document's identity, so re-ingesting it changes nothing
 * @param sourceName    the file name or path it came from
 * @param sourceCharset the encoding its bytes were decoded from
 * @param bodyStart     offset in {@code text} where the article body starts, after front matter and header lines
 * @param text          the stored text: decoded, HTML reduced to text; all offsets refer to it (UTF-16 indexes)
 * @param layout        what each stretch of the text is (headline, body, furniture, comments): only the body is read
 */
public record NewDocument(
        String contentHash,
        String sourceName,
        MediaType mediaType,
        String sourceCharset,
        DocumentMetadata metadata,
        int bodyStart,
        String text,
        Layout layout) {
}
