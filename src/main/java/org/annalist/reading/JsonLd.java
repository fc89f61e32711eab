package org.annalist.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The article a page describes in its JSON-LD ({@code <script type="application/ld+json">}, schema.org), as news
 * sites publish it for search engines: often the cleanest headline, date and author a page has.
 */
record JsonLd(String headline, String datePublished, String author) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonLd NONE = new JsonLd(null, null, null);

    /** The first node of an article type (NewsArticle, BlogPosting, LiveBlogPosting...) in the page's JSON-LD. */
    static JsonLd article(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JacksonException malformed) {
                continue;
            }
            for (JsonNode node : nodes(root)) {
                if (isArticle(node.path("@type"))) {
                    return new JsonLd(text(node.path("headline")), text(node.path("datePublished")), author(node.path("author")));
                }
            }
        }
        return NONE;
    }

    /** The nodes of a JSON-LD document: itself, the items of an array, or those of its {@code @graph}. */
    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(n -> nodes.addAll(nodes(n)));
        } else if (root.isObject()) {
            nodes.add(root);
            root.path("@graph").forEach(n -> nodes.addAll(nodes(n)));
        }
        return nodes;
    }

    private static boolean isArticle(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asString("").toLowerCase(Locale.ROOT);
        return name.endsWith("article") || name.endsWith("blogposting") || name.equals("report");
    }

    private static String author(JsonNode author) {
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> {
                String name = author(a);
                if (name != null) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return author.isObject() ? text(author.path("name")) : text(author);
    }

    private static String text(JsonNode node) {
        String value = node.isString() ? node.asString().strip() : null;
        return value == null || value.isEmpty() ? null : value;
    }
}
