package org.annalist.entity;

/** What an entity is. A country is a STATE: the same entity is a place ("en Syrie") and an actor ("la Syrie a demandé"). */
public enum EntityType { PERSON, ORGANISATION, STATE, ARMED_GROUP, CITY;

    public boolean isPlace() {
        return this == STATE || this == CITY;
    }

    public boolean isActor() {
        return this != CITY;
    }
}
