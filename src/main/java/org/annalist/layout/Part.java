package org.annalist.layout;

/** A stretch {@code [begin, end)} of a document's text (UTF-16 offsets into the stored text) and what it is. */
public record Part(int begin, int end, PartKind kind) {

    public Part {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad part [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }
}
