package org.annalist.reading;

/** Where a document's publication date came from, strongest statement first. */
public enum DateSource {
    /** A person set it after ingestion. */
    USER,
    /** The document's YAML front matter ({@code published:}). */
    FRONT_MATTER,
    /** The HTML {@code <meta>} tags ({@code article:published_time} and kin). */
    HTML_META,
    /** The {@code --published} option of a batch ingestion. */
    BATCH_OPTION,
    /** The outlet's dateline in the text ({@code Mondialisation.ca, 29 janvier 2021}). */
    DATELINE,
    /**
     * The name of the file's folder, a day: a crawl keeps one folder a publication day ({@code egypt/2011-01-25/page.txt}).
     */
    FOLDER,
    /** No date found: the document is stored undated until someone sets it. */
    NONE
}
