package org.annalist.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML front-matter block at the top of a text or Markdown file ({@code ---} ... {@code ---}): the way a user, or a
 * script preparing a corpus, states what the text does not (publication date, outlet, language...). Its values take
 * precedence over what is read from the text.
 */
record FrontMatter(int end, String title, String author, String outlet, Timestamps published, String language,
                   String url, List<String> regions, List<String> themes) {

    private static final Pattern BLOCK = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL | Pattern.MULTILINE);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static final FrontMatter NONE = new FrontMatter(0, null, null, null, null, null, null, List.of(), List.of());

    /** The front matter of {@code text}, or {@link #NONE}; {@code end} is the offset just after the block. */
    static FrontMatter read(String text) throws RejectedInputException {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            return NONE;
        }
        JsonNode yaml;
        try {
            yaml = YAML.readTree(block.group(1));
        } catch (JacksonException e) {
            throw new RejectedInputException("invalid YAML front matter: " + e.getOriginalMessage());
        }
        if (yaml == null || yaml.isMissingNode() || yaml.isNull()) {
            return new FrontMatter(block.end(), null, null, null, null, null, null, List.of(), List.of());
        }
        if (!yaml.isObject()) {
            throw new RejectedInputException("invalid YAML front matter: expected key: value lines");
        }
        String published = string(yaml, "published", "date", "published_at", "publishedAt");
        Timestamps timestamps = null;
        if (published != null) {
            timestamps = Timestamps.parse(published).orElseThrow(() -> new RejectedInputException(
                    "front matter: cannot read the publication date '" + published + "' (expected YYYY-MM-DD)"));
        }
        return new FrontMatter(block.end(), string(yaml, "title"), string(yaml, "author", "authors"),
                string(yaml, "outlet", "source", "publisher"), timestamps, string(yaml, "language", "lang"),
                string(yaml, "url", "link"), list(yaml, "regions", "region"), list(yaml, "themes", "theme", "tags"));
    }

    private static String string(JsonNode yaml, String... keys) {
        for (String key : keys) {
            JsonNode value = yaml.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                List<String> parts = list(yaml, key);
                return parts.isEmpty() ? null : String.join(", ", parts);
            }
            String text = value.asString().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static List<String> list(JsonNode yaml, String... keys) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            JsonNode value = yaml.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(item -> add(values, item.asString()));
            } else {
                for (String part : value.asString().split(",")) {
                    add(values, part);
                }
            }
            return values;
        }
        return values;
    }

    private static void add(List<String> values, String value) {
        String v = value.strip();
        if (!v.isEmpty() && !values.contains(v)) {
            values.add(v);
        }
    }
}
