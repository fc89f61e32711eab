package org.annalist.layout;

import java.util.List;
import java.util.Optional;

/**
 * What each stretch of a document's text is: headline, byline, body, furniture, comments. The parts are in text order
 * and do not overlap; text outside every part (blank lines) belongs to none. Only the body is read for events, actors,
 * dates and search; the stored text stays whole, so every offset keeps its meaning.
 *
 * @param bodyFound false when no body could be told apart: the whole text (after its header) is then the body
 * @param entries   where the entries of a live blog start (a line opening with a time: "12h54 :"), in text order;
 *                  empty for an article. Each entry is read on its own: a date in one never anchors the next.
 */
public record Layout(List<Part> parts, boolean bodyFound, List<Integer> entries) {

    public Layout {
        parts = List.copyOf(parts);
        entries = List.copyOf(entries);
    }

    public Layout(List<Part> parts, boolean bodyFound) {
        this(parts, bodyFound, List.of());
    }

    /** A layout where everything from {@code bodyStart} on is body (a clean text, a page with nothing else). */
    public static Layout wholeBody(String text, int bodyStart) {
        return new Layout(bodyStart < text.length() ? List.of(new Part(bodyStart, text.length(), PartKind.BODY)) : List.of(),
                true);
    }

    public Optional<Part> headline() {
        return parts.stream().filter(p -> p.kind() == PartKind.HEADLINE).findFirst();
    }

    public List<Part> of(PartKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The part an offset lies in, if any. */
    public Optional<PartKind> kindAt(int offset) {
        for (Part part : parts) {
            if (offset >= part.begin() && offset < part.end()) {
                return Optional.of(part.kind());
            }
        }
        return Optional.empty();
    }

    /**
     * The text with everything outside the body blanked (letters become spaces, line breaks stay): the same length and
     * offsets, so what the readers find in it points into the stored text, and nothing is found outside the body.
     */
    public String bodyOnly(String text) {
        char[] masked = new char[text.length()];
        for (int i = 0; i < masked.length; i++) {
            char c = text.charAt(i);
            masked[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        for (Part part : of(PartKind.BODY)) {
            text.getChars(part.begin(), Math.min(part.end(), text.length()), masked, part.begin());
        }
        return new String(masked);
    }
}
