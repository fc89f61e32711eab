package org.annalist.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annalist.lang.Lexicon;

/**
 * Reads the metadata that news sites print as text around an article, as in the seed corpus:
 * <pre>
 * Comment Soleimani a convaincu Poutine d'aider Damas        (headline: the first line)
 * Par [Pepe Escobar](#)                                      (byline)
 * Mondialisation.ca, 29 janvier 2021                         (dateline: outlet and publication date)
 * Région : [Moyen-Orient et Afrique du Nord](#),             (region tags, possibly over several lines)
 * Thème: [Guerre USA OTAN](#)                                 (theme tags; "Analyses:" likewise)
 * ...
 * Article original en anglais : [Title](#), Asia Times, le 28 janvier 2021.
 * </pre>
 * The labels are per-language data ({@code lang/<code>/metadata.txt}); the header is the run of short lines before
 * the first long paragraph.
 */
final class TextMetadataReader {

    /** The header ends at the first line this long (the first paragraph of the body) or after this many lines. */
    private static final int HEADER_LINE_MAX = 300;
    private static final int HEADER_LINES = 30;
    private static final int AUTHOR_MAX = 120;
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");

    private final DatePhrases dates = new DatePhrases();
    private final List<Pattern> authorLabels = new ArrayList<>();
    private final List<Pattern> regionLabels = new ArrayList<>();
    private final List<Pattern> themeLabels = new ArrayList<>();
    private final List<Pattern> analysisLabels = new ArrayList<>();
    private final List<Pattern> originalLabels = new ArrayList<>();
    private final Map<String, String> languageNames = new HashMap<>();
    private final Pattern dateline;
    private final Pattern trailingDate;

    TextMetadataReader() {
        List<String> datePrefixes = new ArrayList<>();
        for (String language : Lexicon.languages()) {
            Lexicon lexicon = Lexicon.of(language);
            Map<String, String> labels = lexicon.table("metadata.txt");
            addLabel(authorLabels, labels.get("author"), "\\s+(?<value>.+)");
            addLabel(regionLabels, labels.get("region"), "\\s*:\\s*(?<value>.*)");
            addLabel(themeLabels, labels.get("theme"), "\\s*:\\s*(?<value>.*)");
            addLabel(analysisLabels, labels.get("analysis"), "\\s*:\\s*(?<value>.*)");
            addLabel(originalLabels, labels.get("original"), "\\s*:\\s*(?<value>.*)");
            if (labels.containsKey("date-prefix")) {
                datePrefixes.add(labels.get("date-prefix"));
            }
            lexicon.table("language-names.txt").forEach((name, code) -> languageNames.put(name.toLowerCase(Locale.ROOT), code));
        }
        String prefix = datePrefixes.isEmpty() ? "" : "(?:(?:" + String.join("|", datePrefixes) + ")\\s+)?";
        this.dateline = Pattern.compile("^(?:(?<outlet>[^,]{1,100}),\\s*)?" + prefix + "(?:" + dates.regex() + ")\\.?$",
                dates.flags());
        this.trailingDate = Pattern.compile(",?\\s*" + prefix + "(?:" + dates.regex() + ")\\.?$", dates.flags());
    }

    private static void addLabel(List<Pattern> patterns, String label, String value) {
        if (label != null && !label.isBlank()) {
            patterns.add(Pattern.compile("^(?:" + label + ")" + value + "$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    TextMetadata read(String text, int from) {
        List<Line> lines = Line.split(text, from);
        String title = null;
        String author = null;
        String outlet = null;
        LocalDate published = null;
        List<String> regions = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        List<String> analyses = new ArrayList<>();
        int bodyStart = from;

        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEADER_LINES; i++) {
            Line line = lines.get(i);
            if (line.text().isBlank()) {
                continue;
            }
            seen++;
            if (line.text().length() > HEADER_LINE_MAX) {
                break;
            }
            String plain = Markdown.plain(line.text());
            Line last = line;
            Matcher m;
            if (author == null && (m = match(authorLabels, plain)) != null && m.group("value").length() <= AUTHOR_MAX) {
                author = m.group("value").strip();
            } else if (published == null && (m = dateline.matcher(plain)).matches()) {
                published = dates.toDate(m).orElse(null);
                outlet = m.group("outlet") == null ? null : m.group("outlet").strip();
            } else if (isLabel(regionLabels, plain) || isLabel(themeLabels, plain) || isLabel(analysisLabels, plain)) {
                StringBuilder raw = new StringBuilder(line.text().strip());
                while (raw.toString().endsWith(",") && i + 1 < lines.size() && !lines.get(i + 1).text().isBlank()) {
                    last = lines.get(++i);
                    raw.append(' ').append(last.text().strip());
                }
                List<String> target = isLabel(regionLabels, plain) ? regions
                        : isLabel(themeLabels, plain) ? themes : analyses;
                target.addAll(tags(raw.substring(raw.indexOf(":") + 1)));
            } else if (title == null) {
                title = plain;
            } else {
                continue;
            }
            bodyStart = last.end();
        }
        return new TextMetadata(title, author, outlet, published, regions, themes, analyses,
                original(lines).orElse(null), skipBlank(text, bodyStart));
    }

    private Optional<OriginalArticle> original(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher label = match(originalLabels, lines.get(i).text().strip());
            if (label == null) {
                continue;
            }
            String language = group(label, "language")
                    .map(name -> languageNames.get(name.toLowerCase(Locale.ROOT)))
                    .orElse(null);
            String rest = label.group("value").strip();
            if (rest.isEmpty()) {
                // The title sits on its own line below the label, as in the second seed.
                for (int j = i + 1; j < lines.size() && j <= i + 6; j++) {
                    String next = Markdown.plain(lines.get(j).text());
                    if (!next.isEmpty()) {
                        return Optional.of(new OriginalArticle(next.length() <= HEADER_LINE_MAX ? next : null,
                                null, null, language));
                    }
                }
                return Optional.of(new OriginalArticle(null, null, null, language));
            }
            return Optional.of(originalFrom(rest, language));
        }
        return Optional.empty();
    }

    /** {@code [Title](#), Outlet, le 28 janvier 2021.} or {@code Title, Outlet, 28 janvier 2021}. */
    private OriginalArticle originalFrom(String rest, String language) {
        String title;
        String remainder;
        Matcher link = LINK.matcher(rest);
        if (link.lookingAt()) {
            title = link.group(1).strip();
            remainder = rest.substring(link.end());
        } else {
            int comma = rest.indexOf(',');
            title = Markdown.plain(comma < 0 ? rest : rest.substring(0, comma));
            remainder = comma < 0 ? "" : rest.substring(comma);
        }
        remainder = Markdown.plain(remainder);
        LocalDate published = null;
        Matcher date = trailingDate.matcher(remainder);
        if (date.find()) {
            published = dates.toDate(date).orElse(null);
            remainder = remainder.substring(0, date.start());
        }
        String outlet = remainder.replaceAll("^[\\s,.;:]+|[\\s,.;:]+$", "");
        return new OriginalArticle(title.isEmpty() ? null : title, outlet.isEmpty() ? null : outlet, published, language);
    }

    private static List<String> tags(String raw) {
        List<String> tags = new ArrayList<>();
        Matcher link = LINK.matcher(raw);
        while (link.find()) {
            tags.add(Markdown.plain(link.group(1)));
        }
        if (tags.isEmpty()) {
            for (String part : Markdown.plain(raw).split("[,;]")) {
                tags.add(part.strip());
            }
        }
        return tags.stream().filter(tag -> !tag.isEmpty()).distinct().collect(Collectors.toList());
    }

    private static boolean isLabel(List<Pattern> labels, String line) {
        return match(labels, line) != null;
    }

    private static Matcher match(List<Pattern> patterns, String line) {
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(line);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    private static Optional<String> group(Matcher m, String name) {
        try {
            return Optional.ofNullable(m.group(name));
        } catch (IllegalArgumentException noSuchGroup) {
            return Optional.empty();
        }
    }

    private static int skipBlank(String text, int offset) {
        int i = offset;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A line of the text with its offsets (end excludes the line break). */
    record Line(int start, int end, String text) {

        static List<Line> split(String text, int from) {
            List<Line> lines = new ArrayList<>();
            int start = from;
            while (start <= text.length()) {
                int newline = text.indexOf('\n', start);
                int end = newline < 0 ? text.length() : newline;
                int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                lines.add(new Line(start, contentEnd, text.substring(start, contentEnd)));
                if (newline < 0) {
                    break;
                }
                start = newline + 1;
            }
            return lines;
        }
    }
}
