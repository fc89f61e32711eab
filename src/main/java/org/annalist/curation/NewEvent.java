package org.annalist.curation;

import java.util.Map;
import java.util.Set;
import org.annalist.event.Role;
import org.annalist.events.EventDate;

/**
 * An event a person adds by hand: what they know of it, and optionally the passage of a stored document that tells it.
 *
 * @param date    its date ({@link EventCuration#dateAt}) or none ({@link EventCuration#undated})
 * @param actors  entity ids and their roles (known entities: the database's or the dictionary's)
 * @param places  entity ids
 * @param note    the person's note, or null
 * @param source  where a document tells it, or null
 */
public record NewEvent(String title, EventDate date, Map<String, Role> actors, Set<String> places, String note,
                       Passage source) {

    public NewEvent {
        actors = actors == null ? Map.of() : Map.copyOf(actors);
        places = places == null ? Set.of() : Set.copyOf(places);
    }

    /** A passage of a document, given by its words (as a person copies them from the document): found in its text. */
    public record Passage(long documentId, String words) {
    }
}
