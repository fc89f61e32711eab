package org.annalist.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown emphasis and links in a stored passage ({@code *Al Mayadeen*}, {@code **dit-il**}, {@code [la vidéo](#)})
 * shown as styling, not as their marks. The text keeps every character, so offsets (the passage's marks, the
 * document's) mean the same: the syntax is only hidden. Whatever the text holds stays text, never markup.
 */
final class MarkdownRuns {

    enum Style { PLAIN, SYNTAX, EMPHASIS, STRONG, LINK }

    /** Strong before emphasis; a link's address is syntax too. Inside one line, never across a mark of its own kind. */
    private static final Pattern MARKUP = Pattern.compile(
            "(\\*\\*)(?=\\S)([^*\\n]+?)(?<=\\S)(\\*\\*)|(\\*|_)(?=\\S)([^*_\\n]+?)(?<=\\S)(\\4)(?![\\p{L}\\d])"
                    + "|(\\[)([^\\]\\n]+)(\\]\\([^)\\s]*\\))");

    private MarkdownRuns() {
    }

    static Style[] styles(String text) {
        Style[] styles = new Style[text.length()];
        java.util.Arrays.fill(styles, Style.PLAIN);
        Matcher m = MARKUP.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                mark(styles, m, 1, 2, 3, Style.STRONG);
            } else if (m.group(4) != null) {
                if (m.group(4).equals("_") && m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                    continue; // snake_case_words are no emphasis
                }
                mark(styles, m, 4, 5, 6, Style.EMPHASIS);
            } else {
                mark(styles, m, 7, 8, 9, Style.LINK);
            }
        }
        return styles;
    }

    private static void mark(Style[] styles, Matcher m, int open, int inside, int close, Style style) {
        java.util.Arrays.fill(styles, m.start(open), m.end(open), Style.SYNTAX);
        java.util.Arrays.fill(styles, m.start(inside), m.end(inside), style);
        java.util.Arrays.fill(styles, m.start(close), m.end(close), Style.SYNTAX);
    }

    /** The characters {@code [from, to)} of {@code text} as components, one a run of a style. */
    static List<Component> render(String text, int from, int to, Style[] styles) {
        List<Component> parts = new ArrayList<>();
        int at = from;
        while (at < to) {
            int end = at;
            while (end < to && styles[end] == styles[at]) {
                end++;
            }
            String run = text.substring(at, end);
            parts.add(switch (styles[at]) {
                case PLAIN -> new Text(run);
                case SYNTAX -> styled(run, "md-syntax");
                case EMPHASIS -> styled(run, "md-emphasis");
                case STRONG -> styled(run, "md-strong");
                case LINK -> styled(run, "md-link");
            });
            at = end;
        }
        return parts;
    }

    private static Span styled(String run, String style) {
        Span span = new Span(run);
        span.addClassName(style);
        return span;
    }
}
