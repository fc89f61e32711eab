package org.annalist.reading;

import java.time.LocalDate;

/** The original of a translated article, as the translation names it; any part may be unknown (null). */
public record OriginalArticle(String title, String outlet, LocalDate published, String language) {

    public boolean isEmpty() {
        return title == null && outlet == null && published == null && language == null;
    }
}
