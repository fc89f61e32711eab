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
public record Patch(String title, EventDate date, Map<String, Role> actors, Set<String> places, Polarity polarity) {

    public static final Patch NONE = new Patch(null, null, null, null, null);

    public Patch(String title, EventDate date, Map<String, Role> actors, Set<String> places) {
        this(title, date, actors, places, null);
    }

    public Patch withTitle(String value) {
        return new Patch(value, date, actors, places, polarity);
    }

    public Patch withDate(EventDate value) {
        return new Patch(title, value, actors, places, polarity);
    }

    public Patch withActors(Map<String, Role> value) {
        return new Patch(title, date, value, places, polarity);
    }

    public Patch withPlaces(Set<String> value) {
        return new Patch(title, date, actors, value, polarity);
    }

    /** Whether the event happened, did not, or is only possible, promised or threatened. */
    public Patch withPolarity(Polarity value) {
        return new Patch(title, date, actors, places, value);
    }
}
