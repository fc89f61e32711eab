package org.annalist.reading;

import java.util.Locale;
import java.util.Optional;

/** The kinds of file Annalist ingests, recognised by their extension. */
public enum MediaType {
    TEXT("txt"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm");

    private final String[] extensions;

    MediaType(String... extensions) {
        this.extensions = extensions;
    }

    public static Optional<MediaType> forFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (MediaType type : values()) {
            for (String candidate : type.extensions) {
                if (candidate.equals(extension)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    public static String supportedExtensions() {
        return ".txt, .md, .markdown, .html, .htm";
    }
}
