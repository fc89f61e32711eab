package org.annalist.ui;

import org.annalist.documents.DocumentSummary;

/** Small display rules shared by the views. */
public final class Texts {

    private Texts() {
    }

    public static String titleOf(DocumentSummary document) {
        String title = document.metadata().title();
        return title == null || title.isBlank() ? document.sourceName() : title;
    }

    public static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
