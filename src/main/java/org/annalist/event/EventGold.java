package org.annalist.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand annotation of the events of articles, to score the event reader against (see
 * {@code src/test/resources/gold/events/GUIDE.md}): JSON Lines, one article a line.
 */
public final class EventGold {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * Where in the text a gold event is told: a line (1-based, a hint) and a few verbatim words of its sentence. The
     * annotation of a corpus holds no corpus text: it gives the words' place in the line ({@code column}, {@code length};
     * for a TimeML file, in the line without its tags) and a SHA-1 prefix of them, and the words are read from the
     * corpus file ({@link Article#withWordsFrom}); a hand-made gold may give the words themselves ({@code anchor}).
     */
    public record Anchor(int line, String words, int column, int length, String sha1) {

        public Anchor(int line, String words) {
            this(line, words, -1, 0, null);
        }

        /** The anchor with its words taken from the file's lines; an error when they are not the annotated ones. */
        Anchor withWordsFrom(List<String> lines, String path) {
            if (words != null) {
                return this;
            }
            String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
            String read = column >= 0 && column + length <= text.length() ? text.substring(column, column + length) : "";
            if (sha1 == null || !EventGold.sha1(read).startsWith(sha1)) {
                throw new IllegalArgumentException(path + " line " + line + ": the annotated words are not at column "
                        + column + " any more (the file changed since it was annotated)");
            }
            return new Anchor(line, read, column, length, sha1);
        }
    }

    /**
     * One event a reader puts on a timeline.
     *
     * @param date      TimeML value (2011-01-25, 2011-01, 2011-W04, 2011...), or null when the text does not date it
     * @param dateEnd   the end of a span, or null
     * @param dateBasis "explicit" (the sentence dates it) or "context" (dated through another statement)
     * @param polarity  "positive", "negative" or "hypothetical"
     */
    public record Event(String id, List<Anchor> anchors, String date, String dateEnd, String dateBasis, String polarity,
                        List<String> actors, List<String> places, String title, String note) {

        public boolean contextDated() {
            return "context".equalsIgnoreCase(dateBasis);
        }

        public boolean dated() {
            return date != null && !date.isBlank();
        }
    }

    /** One annotated article. */
    public record Article(String path, String sha1, LocalDate dct, String language, List<String> people,
                          List<String> organisations, List<Event> events) {

        /** The article with the words of its anchors read from its file's lines (see {@link Anchor}). */
        public Article withWordsFrom(List<String> lines) {
            List<Event> read = events.stream().map(e -> new Event(e.id(), e.anchors().stream()
                    .map(a -> a.withWordsFrom(lines, path)).toList(), e.date(), e.dateEnd(), e.dateBasis(), e.polarity(),
                    e.actors(), e.places(), e.title(), e.note())).toList();
            return new Article(path, sha1, dct, language, people, organisations, read);
        }
    }

    private static String sha1(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private EventGold() {
    }

    /** An anchor given by its words or by their place and hash; empty when neither is there. */
    private static java.util.Optional<Anchor> anchor(JsonNode node) {
        int line = node.path("line").asInt(0);
        if (text(node, "anchor") != null) {
            return java.util.Optional.of(new Anchor(line, text(node, "anchor")));
        }
        if (text(node, "words_sha1") != null) {
            return java.util.Optional.of(new Anchor(line, null, node.path("column").asInt(-1), node.path("length").asInt(0),
                    text(node, "words_sha1")));
        }
        return java.util.Optional.empty();
    }

    public static List<Article> read(Path jsonl) throws IOException {
        List<Article> articles = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(jsonl)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                articles.add(article(JSON.readTree(line)));
            } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
                throw new IllegalArgumentException(jsonl + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return articles;
    }

    static Article article(JsonNode node) {
        String path = text(node, "path");
        if (path == null) {
            throw new IllegalArgumentException("an article without a path");
        }
        String dct = text(node, "dct");
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (JsonNode e : list(node, "events")) {
            n++;
            List<Anchor> anchors = new ArrayList<>();
            anchor(e).ifPresent(anchors::add);
            for (JsonNode more : list(e, "more_anchors")) {
                anchor(more).ifPresent(anchors::add);
            }
            events.add(new Event(text(e, "id") == null ? "e" + n : text(e, "id"), anchors, text(e, "date"),
                    text(e, "date_end"), text(e, "date_basis"), text(e, "polarity"), strings(e, "actors"),
                    strings(e, "places"), text(e, "title"), text(e, "note")));
        }
        return new Article(path, text(node, "sha1"), dct == null ? null : LocalDate.parse(dct.substring(0, Math.min(10, dct.length()))),
                text(node, "language"), strings(node, "people"), strings(node, "organisations"), events);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() || text.equalsIgnoreCase("null") ? null : text;
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> items = new ArrayList<>();
        for (JsonNode item : list(node, field)) {
            // An entry may be a plain name or {"name": ..., ...}.
            String name = item.isObject() ? text(item, "name") : item.asString();
            if (name != null && !name.isBlank()) {
                items.add(name.strip());
            }
        }
        return items;
    }
}
