package org.annalist.timeline;

/**
 * What the timeline's lanes group events by, with the table and column that link an event to a lane. Places are the
 * view {@code event_area}: an event's places and the countries they lie in (a city's event is in its country's lane).
 */
public enum Lanes {
    NONE(null, null), ACTOR("event_actor", "entity_id"), REGION("event_region", "region_id"),
    DOCUMENT("event_source", "document_id"), PLACE("event_area", "area_id");

    final String table;
    final String column;

    Lanes(String table, String column) {
        this.table = table;
        this.column = column;
    }
}
