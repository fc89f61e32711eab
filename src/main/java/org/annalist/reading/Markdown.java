package org.annalist.reading;

import java.util.regex.Pattern;

/** The little Markdown that article exports carry: links, emphasis, headings. Reading aid only: offsets shift. */
public final class Markdown {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(\\S(?:.*?\\S)?)\\1(?![\\w*])");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");

    private Markdown() {
    }

    /** The line as a reader sees it: {@code [Pepe Escobar](#)} becomes {@code Pepe Escobar}. */
    public static String plain(String line) {
        String text = HEADING.matcher(line).replaceFirst("");
        text = LINK.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        return text.strip();
    }
}
