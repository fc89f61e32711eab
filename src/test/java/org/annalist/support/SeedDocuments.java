package org.annalist.support;

import java.nio.file.Files;
import org.annalist.reading.DocumentParser;
import org.annalist.reading.IngestOptions;
import org.annalist.reading.NewDocument;

/** The seed documents as ingestion reads them: the stored text, the publication date, the language. */
public final class SeedDocuments {

    private static final DocumentParser PARSER = new DocumentParser();

    private SeedDocuments() {
    }

    public static NewDocument read(String file) {
        try {
            return PARSER.parse(file, Files.readAllBytes(Acceptance.SEEDS.resolve(file)), IngestOptions.NONE);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read seed " + file, e);
        }
    }
}
