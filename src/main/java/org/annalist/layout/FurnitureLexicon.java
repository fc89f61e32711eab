package org.annalist.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.annalist.lang.Lexicon;

/** A language's patterns of page furniture ({@code lang/<code>/furniture.txt}), each with its {@link FurnitureKind}. */
final class FurnitureLexicon {

    private static final Map<String, FurnitureLexicon> BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * @param anchored the pattern can only match at the line's start (it opens with ^, no alternative of its own
     *                 without): it is tried there only, not at every position as {@code find} does
     */
    private record Entry(FurnitureKind kind, Pattern pattern, boolean anchored) {

        boolean matches(String line) {
            var matcher = pattern.matcher(line);
            return anchored ? matcher.lookingAt() : matcher.find();
        }
    }

    private final List<Entry> entries;

    private FurnitureLexicon(List<Entry> entries) {
        this.entries = entries;
    }

    static FurnitureLexicon of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, FurnitureLexicon::load);
    }

    private static FurnitureLexicon load(String language) {
        List<Entry> entries = new ArrayList<>();
        for (String line : Lexicon.of(language).lines("furniture.txt")) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                throw new IllegalStateException("lang/" + language + "/furniture.txt: expected 'kind pattern', got: " + line);
            }
            FurnitureKind kind;
            try {
                kind = FurnitureKind.valueOf(line.substring(0, space).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("lang/" + language + "/furniture.txt: unknown kind in: " + line, e);
            }
            String regex = line.substring(space + 1).strip();
            entries.add(new Entry(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    anchoredAtStart(regex)));
        }
        return new FurnitureLexicon(List.copyOf(entries));
    }

    /**
     * Whether a regular expression opens with ^ and has no alternative outside parentheses (where ^ would bind the
     * first alternative only): then it matches at a line's start or nowhere.
     */
    static boolean anchoredAtStart(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character, whatever it is
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // "[]...]": a leading ] is a member
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line, however long, closes the article (an entry of kind {@link FurnitureKind#LAST} matches). */
    boolean closesTheArticle(String line) {
        for (Entry entry : entries) {
            if (entry.kind() == FurnitureKind.LAST && entry.matches(line)) {
                return true;
            }
        }
        return false;
    }

    /** What the first matching entry says a line (trimmed) is, if any. */
    Optional<FurnitureKind> kindOf(String line) {
        for (Entry entry : entries) {
            if (entry.matches(line)) {
                return Optional.of(entry.kind());
            }
        }
        return Optional.empty();
    }
}
