package org.annalist.curation;

import org.annalist.events.EventDate;

import java.util.Map;
import java.util.Set;
import org.annalist.event.Polarity;
import org.annalist.event.Role;

/**
 * The fields a person changed in the edit dialog; null: not edited (left as it is, whoever changed it meanwhile).
 * Build the date with {@link EventCuration#dateAt} or {@link EventCuration#undated}.
 */
public record Patch(String title, EventDate date, Map<String, Role> actors, Set<String> places, Polarity polarity,
                    String note) {

    public static final Patch NONE = new Patch(null, null, null, null, null, null);

    public Patch(String title, EventDate date, Map<String, Role> actors, Set<String> places) {
        this(title, date, actors, places, null, null);
    }

    public Patch withTitle(String value) {
        return new Patch(value, date, actors, places, polarity, note);
    }

    public Patch withDate(EventDate value) {
        return new Patch(title, value, actors, places, polarity, note);
    }

    public Patch withActors(Map<String, Role> value) {
        return new Patch(title, date, value, places, polarity, note);
    }

    public Patch withPlaces(Set<String> value) {
        return new Patch(title, date, actors, value, polarity, note);
    }

    /** A person's note on the event; blank clears it. */
    public Patch withNote(String value) {
        return new Patch(title, date, actors, places, polarity, value == null ? null : value.strip());
    }

    /** Whether the event happened, did not, or is only possible, promised or threatened. */
    public Patch withPolarity(Polarity value) {
        return new Patch(title, date, actors, places, value, note);
    }
}
