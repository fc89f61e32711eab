package org.annalist.reading;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to its article text with jsoup: keeps the article (or main content), drops scripts, styles,
 * navigation and other chrome, and turns block elements into paragraph breaks. Reads the page's own metadata from
 * its {@code <meta>} tags.
 */
final class HtmlExtractor {

    record HtmlPage(String text, HtmlMeta meta) {
    }

    /** What the page's head says; null where it says nothing. */
    record HtmlMeta(String title, String author, String outlet, Timestamps published, String language, String url,
                    List<String> tags) {
    }

    private static final String CHROME = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, form, button, select, dialog, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], [hidden]";
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol",
            "p", "pre", "section", "table", "tr", "ul", "caption", "details", "summary");

    /** The charset a page declares in its first bytes ({@code <meta charset>} or http-equiv), if any. */
    static String charsetDeclaredIn(byte[] html) {
        // The declaration must sit in the first 1024 bytes (HTML spec), which read fine as Latin-1 whatever the charset.
        org.jsoup.nodes.Document head = Jsoup.parse(new String(html, 0, Math.min(html.length, 1024),
                StandardCharsets.ISO_8859_1));
        String charset = head.select("meta[charset]").attr("charset");
        if (charset.isBlank()) {
            String contentType = head.select("meta[http-equiv~=(?i)content-type]").attr("content");
            int at = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
            charset = at < 0 ? "" : contentType.substring(at + "charset=".length()).strip();
        }
        return charset.isBlank() ? null : charset;
    }

    HtmlPage extract(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        HtmlMeta meta = meta(page);
        page.select(CHROME).remove();
        Element root = first(page, "article", "main", "[role=main]");
        if (root == null) {
            root = page.body();
            root.select("header, footer").remove();
        }
        StringBuilder text = new StringBuilder();
        Element headline = page.selectFirst("h1");
        if (headline != null && !headline.text().isBlank() && root.select("h1").isEmpty()) {
            // The headline often sits outside <article>; keep it as the text's first line.
            text.append(headline.text()).append("\n\n");
        }
        root.traverse(new TextCollector(text));
        return new HtmlPage(tidy(text), meta);
    }

    private static HtmlMeta meta(org.jsoup.nodes.Document page) {
        Element h1 = page.selectFirst("h1");
        JsonLd article = JsonLd.article(page);
        String title = firstNonBlank(article.headline(), content(page, "meta[property=og:title]"),
                content(page, "meta[name=twitter:title]"), h1 == null ? null : h1.text(), page.title());
        String author = firstNonBlank(content(page, "meta[name=author]"), article.author(),
                content(page, "meta[property=article:author]"), page.select("[rel=author]").text());
        if (author != null && author.startsWith("http")) {
            author = null;
        }
        String outlet = firstNonBlank(content(page, "meta[property=og:site_name]"),
                content(page, "meta[name=application-name]"));
        String published = firstNonBlank(content(page, "meta[property=article:published_time]"),
                content(page, "meta[name=article:published_time]"), article.datePublished(),
                content(page, "meta[itemprop=datePublished]"),
                content(page, "meta[name=date]"), content(page, "meta[name=pubdate]"),
                content(page, "meta[name=dc.date.issued]"), content(page, "meta[name=DC.date.issued]"),
                page.select("article time[datetime]").attr("datetime"), page.select("time[pubdate]").attr("datetime"));
        String language = firstNonBlank(page.select("html").attr("lang"),
                content(page, "meta[http-equiv~=(?i)content-language]"));
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        }
        String url = firstNonBlank(page.select("link[rel=canonical]").attr("href"), content(page, "meta[property=og:url]"));
        List<String> tags = new ArrayList<>();
        for (Element tag : page.select("meta[property=article:section], meta[property=article:tag]")) {
            String value = tag.attr("content").strip();
            if (!value.isEmpty() && !tags.contains(value)) {
                tags.add(value);
            }
        }
        return new HtmlMeta(title, author, outlet, Timestamps.parse(published).orElse(null), language, url, tags);
    }

    private static Element first(org.jsoup.nodes.Document page, String... selectors) {
        for (String selector : selectors) {
            Element found = page.selectFirst(selector);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String content(org.jsoup.nodes.Document page, String selector) {
        return page.select(selector).attr("content");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String tidy(StringBuilder text) {
        return text.toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n[ \\t]+", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /** Appends text nodes, with a blank line around block elements and a line break for {@code <br>}. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out;
        /** How many {@code <pre>} hold the current node: counted on the way, not asked of every text node's parents
         * (which made 4,000 nested elements cost 38 s). */
        private int inPre;

        TextCollector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                boolean inPre = this.inPre > 0;
                String text = inPre ? textNode.getWholeText() : collapse(textNode.getWholeText());
                if (!inPre && (out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1)))) {
                    text = text.stripLeading();
                }
                out.append(text);
            } else if (node instanceof Element element) {
                if (element.normalName().equals("pre")) {
                    inPre++;
                }
                if (element.normalName().equals("br")) {
                    out.append('\n');
                } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                    out.append(' ');
                } else if (BLOCKS.contains(element.normalName())) {
                    paragraphBreak();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.normalName().equals("pre")) {
                inPre--;
            }
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                paragraphBreak();
            }
        }

        private void paragraphBreak() {
            int length = out.length();
            if (length == 0 || (out.charAt(length - 1) == '\n' && length > 1 && out.charAt(length - 2) == '\n')) {
                return;
            }
            out.append(out.charAt(length - 1) == '\n' ? "\n" : "\n\n");
        }

        private static String collapse(String text) {
            return text.replaceAll("\\s+", " ");
        }
    }
}
