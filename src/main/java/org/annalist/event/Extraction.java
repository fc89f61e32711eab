package org.annalist.event;

import java.time.LocalDate;
import java.util.List;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityFinder;
import org.annalist.entity.Mention;
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

    public DocumentExtraction read(String text, int bodyStart, String language, LocalDate publishedOn) {
        String lang = language != null && tagger.languages().contains(language) ? language : tagger.detectLanguage(text, "en");
        List<Mention> mentions = finder.find(text, lang);
        if (publishedOn == null) {
            return new DocumentExtraction(List.of(), mentions, List.of());
        }
        List<Timex> timexes = tagger.tag(text, lang, publishedOn);
        return new DocumentExtraction(timexes, mentions, events.extract(text, bodyStart, lang, timexes, mentions));
    }
}
