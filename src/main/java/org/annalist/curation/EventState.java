package org.annalist.curation;

import org.annalist.events.EventDate;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.event.Polarity;
import org.annalist.event.Role;

/** What a person is shown of an event, and edits against: its fields and the version they were read at. */
public record EventState(long id, long version, String title, EventDate date, Map<String, Role> actors,
                         Set<String> places, boolean hidden, Polarity polarity, String note) {

    public EventState {
        actors = java.util.Collections.unmodifiableMap(new TreeMap<>(actors));
        places = java.util.Collections.unmodifiableSet(new TreeSet<>(places));
        polarity = polarity == null ? Polarity.AFFIRMED : polarity;
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** An event stated as having happened. */
    public EventState(long id, long version, String title, EventDate date, Map<String, Role> actors, Set<String> places,
                      boolean hidden) {
        this(id, version, title, date, actors, places, hidden, Polarity.AFFIRMED, null);
    }

    /** A field's value as the history writes it. */
    public String value(String field) {
        return switch (field) {
            case "title" -> title;
            case "date" -> date.json();
            case "actors" -> CurationRows.actorsJson(actors);
            case "places" -> CurationRows.json(places);
            case "hidden" -> Boolean.toString(hidden);
            case "polarity" -> polarity.name();
            case "note" -> note;
            default -> throw new IllegalArgumentException("Not a field a person sets: " + field);
        };
    }
}
