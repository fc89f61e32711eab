package org.annalist.events;

import java.util.Map;
import org.annalist.entity.Entity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entities as rows: the one way an entity of the dictionary (or a candidate) enters the database. */
@Repository
public class EntityRows {

    private final JdbcClient jdbc;

    public EntityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the entity with its names and regions unless it is there; true when it was added. */
    public boolean ensure(Entity e) {
        // Portable "insert if missing" (no vendor MERGE): the database may be any JDBC one.
        int added = jdbc.sql("""
                        INSERT INTO entity (id, type, name, country, wikidata, candidate)
                        SELECT ?, ?, ?, ?, ?, ? FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id = ?)""")
                .params(e.id(), e.type().name(), e.names().values().stream().findFirst().orElse(e.id()), e.country(),
                        e.wikidata(), e.id().startsWith("candidate-"), e.id())
                .update();
        if (added == 0) {
            return false;
        }
        for (Map.Entry<String, String> name : e.names().entrySet()) {
            jdbc.sql("INSERT INTO entity_name (entity_id, language, name) VALUES (?, ?, ?)")
                    .params(e.id(), name.getKey(), name.getValue()).update();
        }
        for (String region : e.regions()) {
            jdbc.sql("INSERT INTO entity_region (entity_id, region_id) VALUES (?, ?)").params(e.id(), region).update();
        }
        return true;
    }
}
