package org.annalist.reading;

import java.time.LocalDate;
import java.util.List;

/**
 * What the header and footer lines of an article say about it (null where they say nothing).
 *
 * @param bodyStart offset where the article body starts, just after the last header line recognised
 */
record TextMetadata(String title, String author, String outlet, LocalDate published, List<String> regions,
                    List<String> themes, List<String> analyses, OriginalArticle original, int bodyStart) {
}
