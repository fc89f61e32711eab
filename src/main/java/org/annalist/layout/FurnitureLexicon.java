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

    private record Entry(FurnitureKind kind, Pattern pattern) {
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
            entries.add(new Entry(kind, Pattern.compile(line.substring(space + 1).strip(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return new FurnitureLexicon(List.copyOf(entries));
    }

    /** Whether a line, however long, closes the article (an entry of kind {@link FurnitureKind#LAST} matches). */
    boolean closesTheArticle(String line) {
        for (Entry entry : entries) {
            if (entry.kind() == FurnitureKind.LAST && entry.pattern().matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** What the first matching entry says a line (trimmed) is, if any. */
    Optional<FurnitureKind> kindOf(String line) {
        for (Entry entry : entries) {
            if (entry.pattern().matcher(line).find()) {
                return Optional.of(entry.kind());
            }
        }
        return Optional.empty();
    }
}
