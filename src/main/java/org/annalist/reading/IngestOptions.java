package org.annalist.reading;

import java.time.LocalDate;

/**
 * Values a batch ingestion states for all its documents ({@code annalist ingest --published --language}). A document's
 * own front matter or HTML meta tags still win; these win over what is guessed from the text (dateline, detection).
 */
public record IngestOptions(LocalDate published, String language) {

    public static final IngestOptions NONE = new IngestOptions(null, null);
}
