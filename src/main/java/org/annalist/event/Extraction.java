package org.annalist.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityFinder;
import org.annalist.entity.Mention;
import org.annalist.layout.Layout;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.TemporalTagger;
import org.annalist.temporal.Timex;

/**
 * The whole reading of a document: temporal expressions, actors and places, events. A plain library call (no
 * Spring, no database); thread-safe. A document without a publication date gets its actors and places but no
 * temporal expressions or events: relative dates cannot be resolved without it, and none is invented.
 */
public final class Extraction {

    private final TemporalTagger tagger;
    private final EntityFinder finder;
    private final EventExtractor events;

    public Extraction(TemporalTagger tagger, EntityDictionary dictionary) {
        this.tagger = tagger;
        this.finder = new EntityFinder(dictionary);
        this.events = new EventExtractor(dictionary);
    }

    public static Extraction standard() {
        return new Extraction(TemporalTagger.standard(), EntityDictionary.standard());
    }

    /**
     * The reading of a document's body only (its layout tells the article from the page's furniture and comments);
     * the entries of a live blog are dated each on its own: against the publication day, or the day a heading above
     * them names, never against a date another entry mentioned.
     */
    public DocumentExtraction read(String text, Layout layout, int bodyStart, String language, LocalDate publishedOn) {
        String body = layout.bodyOnly(text);
        if (layout.entries().isEmpty() || publishedOn == null) {
            return read(body, bodyStart, language, publishedOn);
        }
        String lang = language != null && tagger.languages().contains(language) ? language : tagger.detectLanguage(body, "en");
        List<Mention> mentions = finder.find(body, lang);
        List<Timex> timexes = new ArrayList<>();
        List<Integer> starts = layout.entries();
        LocalDate day = publishedOn;
        int from = 0;
        for (int i = 0; i <= starts.size(); i++) {
            int begin = from;
            int to = i < starts.size() ? starts.get(i) : body.length();
            List<Timex> segment = tagger.tag(only(body, begin, to), lang, day).stream()
                    .filter(t -> t.begin() >= begin && t.begin() < to).toList();
            timexes.addAll(segment);
            day = dayHeading(body, segment).orElse(day);
            from = to;
        }
        return new DocumentExtraction(timexes, mentions, events.extract(body, bodyStart, lang, timexes, mentions, publishedOn));
    }

    /** The text with everything outside {@code [from, to)} blanked, offsets kept. */
    private static String only(String text, int from, int to) {
        char[] masked = text.toCharArray();
        for (int i = 0; i < masked.length; i++) {
            if ((i < from || i >= to) && masked[i] != '\n') {
                masked[i] = ' ';
            }
        }
        return new String(masked);
    }

    /**
     * The day a live blog's heading names ("Mardi 25 janvier"): a line that is one expression of a day and little
     * else. The entries below it are read against that day.
     */
    private static java.util.Optional<LocalDate> dayHeading(String text, List<Timex> timexes) {
        LocalDate heading = null;
        for (Timex t : timexes) {
            if (t.interval() == null || t.interval().granularity() != Granularity.DAY) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', Math.max(0, t.begin() - 1)) + 1;
            int lineEnd = text.indexOf('\n', t.end());
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
            if (!line.isEmpty() && t.text().length() * 10 >= line.length() * 6) {
                heading = t.interval().start().toLocalDate();
            }
        }
        return java.util.Optional.ofNullable(heading);
    }

    public DocumentExtraction read(String text, int bodyStart, String language, LocalDate publishedOn) {
        String lang = language != null && tagger.languages().contains(language) ? language : tagger.detectLanguage(text, "en");
        List<Mention> mentions = finder.find(text, lang);
        if (publishedOn == null) {
            return new DocumentExtraction(List.of(), mentions, List.of());
        }
        List<Timex> timexes = tagger.tag(text, lang, publishedOn);
        return new DocumentExtraction(timexes, mentions, events.extract(text, bodyStart, lang, timexes, mentions, publishedOn));
    }
}
