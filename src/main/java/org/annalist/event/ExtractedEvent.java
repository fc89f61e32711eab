package org.annalist.event;

import java.util.List;
import org.annalist.entity.Entity;
import org.annalist.temporal.Timex;

/**
 * An event read from one document.
 *
 * @param title        a short statement in the document's language, from the clause around the date
 * @param passageBegin UTF-16 offset of the passage (the sentence, or the tweet) in the document text
 * @param passageEnd   offset just after it
 * @param timex        the date expression (null when the date is inherited from a timestamp elsewhere: see dateTimex)
 * @param dateTimex    the expression that dates the event (the timex itself, or the one it inherits)
 * @param regions      region ids, from its places and state actors
 * @param confidence   from 0 to 1
 * @param sources      who the text says told it (a news agency, the subject of a reporting verb): not actors
 * @param morePassages other passages of the same document that tell the same fact (one fact, one event)
 * @param dateNote     for a date taken from the context ({@link DateHow#CONTEXT}), where it came from; else null
 */
public record ExtractedEvent(String title, String language, int passageBegin, int passageEnd, Timex timex,
                             Timex dateTimex, DateHow dateHow, Polarity polarity, double confidence,
                             List<EventActor> actors, List<Entity> places, List<String> regions, List<Entity> sources,
                             List<Passage> morePassages, String dateNote) {

    /** A passage of the document text, [begin, end) in UTF-16 offsets. */
    public record Passage(int begin, int end) {
    }

    public ExtractedEvent {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        regions = List.copyOf(regions);
        sources = List.copyOf(sources);
        morePassages = List.copyOf(morePassages);
    }

    /** An event with no sources, no other passage, no date note (as before those were read). */
    public ExtractedEvent(String title, String language, int passageBegin, int passageEnd, Timex timex,
                          Timex dateTimex, DateHow dateHow, Polarity polarity, double confidence,
                          List<EventActor> actors, List<Entity> places, List<String> regions) {
        this(title, language, passageBegin, passageEnd, timex, dateTimex, dateHow, polarity, confidence, actors, places,
                regions, List.of(), List.of(), null);
    }

    ExtractedEvent withMorePassages(List<Passage> passages) {
        return new ExtractedEvent(title, language, passageBegin, passageEnd, timex, dateTimex, dateHow, polarity,
                confidence, actors, places, regions, sources, passages, dateNote);
    }

    public boolean isUndated() {
        return dateHow == DateHow.UNDATED;
    }
}
