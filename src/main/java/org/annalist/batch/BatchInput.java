package org.annalist.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annalist.reading.IngestOptions;

/**
 * Where a batch document comes from: a file (read as {@code ingest} reads it, by its bytes) or a record of a JSON
 * Lines or Parquet input ({@code id, text, published, language, url}), whose text is read as a plain text document.
 * Serializable: a batch job sends it to the machine that reads it.
 *
 * @param name      the file's path, or the record's id
 * @param path      the file, or null for a record
 * @param text      the record's text, or null for a file
 * @param published the record's publication day, or null
 * @param language  the record's language, or null (detected)
 * @param url       the record's address, or null
 */
public record BatchInput(String name, String path, String text, LocalDate published, String language, String url)
        implements java.io.Serializable {

    public static BatchInput file(Path file) {
        return new BatchInput(file.toString(), file.toString(), null, null, null, null);
    }

    public static BatchInput record(String id, String text, LocalDate published, String language, String url) {
        return new BatchInput(id, null, text, published, language, url);
    }

    /** The name the document is read under: a record without a known extension is read as plain text. */
    public String sourceName() {
        if (path != null) {
            return path;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return org.annalist.reading.MediaType.forFileName(lower).isPresent() ? name : name + ".txt";
    }

    /** The bytes to read: the file's, or the record's text in UTF-8. */
    public byte[] bytes() {
        if (path == null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public IngestOptions options() {
        return new IngestOptions(published, language);
    }
}
