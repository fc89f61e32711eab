package org.annalist.curation;

import org.annalist.events.EventDate;

import java.util.Map;
import java.util.Set;
import org.annalist.event.Role;

/**
 * The fields a person changed in the edit dialog; null: not edited (left as it is, whoever changed it meanwhile).
 * Build the date with {@link EventCuration#dateAt} or {@link EventCuration#undated}.
 */
public record Patch(String title, EventDate date, Map<String, Role> actors, Set<String> places) {

    public static final Patch NONE = new Patch(null, null, null, null);

    public Patch withTitle(String value) {
        return new Patch(value, date, actors, places);
    }

    public Patch withDate(EventDate value) {
        return new Patch(title, value, actors, places);
    }

    public Patch withActors(Map<String, Role> value) {
        return new Patch(title, date, value, places);
    }

    public Patch withPlaces(Set<String> value) {
        return new Patch(title, date, actors, value);
    }
}
