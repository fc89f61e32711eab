package org.annalist.layout;

/** The kinds of entry of a language's {@code furniture.txt}: what a line matching the entry's pattern is. */
enum FurnitureKind {
    /** Furniture wherever it stands (a copyright line, a login link, a share bar). */
    LINE,
    /** Furniture that closes the article: what follows is not its body (share this article, read also, tags). */
    END,
    /** The start of the readers' comments, or a line that only comments have (reply, report abuse). */
    COMMENTS,
    /** The article's byline or publication line (by ..., published on ...). */
    BYLINE,
    /** A line of the article that closes it (an agency's signature at the end of the last paragraph). */
    LAST,
    /** A photo's caption or credit: not the article's text, though pages print it inside the article. */
    CAPTION,
    /** A notice that opens an article under its headline (this post is part of a dossier): the headline is above it. */
    NOTICE
}
