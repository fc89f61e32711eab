package org.annalist.ui;

import org.annalist.document.DocumentSummary;

/** Small display rules shared by the views. */
final class Texts {

    private Texts() {
    }

    static String titleOf(DocumentSummary document) {
        String title = document.metadata().title();
        return title == null || title.isBlank() ? document.sourceName() : title;
    }

    static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
