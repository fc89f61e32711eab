package org.annalist.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/**
 * A folder's documents as ingestion reads them, and what the evaluations need of an annotated corpus's files: their
 * SHA-1, the publication day their folder names.
 */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    /** The documents of a folder, as {@code ingest} reads it: every supported file inside, not hidden, in path order. */
    public static java.util.List<Path> documentsIn(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> tree = Files.walk(folder)) {
            return tree.filter(Files::isRegularFile)
                    .filter(file -> !hidden(folder.relativize(file)))
                    .filter(file -> MediaType.forFileName(file.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The SHA-1 of the file's bytes, in lower-case hex (an annotation keeps a prefix, to tell a changed file). */
    public static String sha1(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }

    /** The day a crawl's folder is named after ({@code egypt/2011-01-25/page.txt}), or null. */
    public static LocalDate folderDay(Path file) {
        try {
            return file.getParent() == null ? null : LocalDate.parse(file.getParent().getFileName().toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
