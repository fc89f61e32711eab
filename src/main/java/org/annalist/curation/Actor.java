package org.annalist.curation;

import java.util.Objects;
import org.annalist.event.Role;

/** An actor as a person sets it: an entity id and its part in the event. */
public record Actor(String entityId, Role role) {

    public Actor {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(role, "role");
    }
}
