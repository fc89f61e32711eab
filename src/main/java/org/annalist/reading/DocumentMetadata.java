package org.annalist.reading;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a document says about itself. Unknown values are null; lists are never null.
 *
 * @param publishedOn the publication day (the document creation time that relative dates are resolved against)
 * @param publishedAt the publication instant, when the source gives a time of day too
 * @param dateSource  where the publication date came from ({@link DateSource#NONE} when undated)
 * @param original    the original article when this one is a translation, else null
 */
public record DocumentMetadata(
        String title,
        String author,
        String outlet,
        LocalDate publishedOn,
        OffsetDateTime publishedAt,
        DateSource dateSource,
        String language,
        String url,
        List<String> regions,
        List<String> themes,
        List<String> analyses,
        OriginalArticle original) {

    public DocumentMetadata {
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        analyses = List.copyOf(analyses);
        if (publishedOn == null && publishedAt != null) {
            publishedOn = publishedAt.toLocalDate();
        }
        if (publishedOn == null) {
            dateSource = DateSource.NONE;
        } else {
            Objects.requireNonNull(dateSource, "the source of a publication date");
        }
    }

    public boolean isUndated() {
        return publishedOn == null;
    }
}
