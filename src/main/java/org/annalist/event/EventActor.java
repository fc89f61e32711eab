package org.annalist.event;

import org.annalist.entity.Entity;

public record EventActor(Entity entity, Role role) {
}
