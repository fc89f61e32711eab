package org.annalist.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/** What the evaluations need of an annotated corpus's files: their SHA-1, the publication day their folder names. */
public final class CorpusFiles {

    private CorpusFiles() {
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
