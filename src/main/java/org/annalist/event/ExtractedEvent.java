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
 */
public record ExtractedEvent(String title, String language, int passageBegin, int passageEnd, Timex timex,
                             Timex dateTimex, DateHow dateHow, Polarity polarity, double confidence,
                             List<EventActor> actors, List<Entity> places, List<String> regions) {

    public ExtractedEvent {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        regions = List.copyOf(regions);
    }

    public boolean isUndated() {
        return dateHow == DateHow.UNDATED;
    }
}
