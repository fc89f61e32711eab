package org.annalist.layout;

/** What a stretch of a document's text is, for a reader of the article. */
public enum PartKind {
    /** The article's own headline. */
    HEADLINE,
    /** Author, agency or publication line of the article. */
    BYLINE,
    /** The article's text: the only part events, actors, dates and search hits are read from. */
    BODY,
    /** Site furniture: menus, teasers, share buttons, banners, footers, copyright lines. */
    FURNITURE,
    /** Readers' comments under the article: kept, marked, never read for events. */
    COMMENTS
}
