package org.annalist.events;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What an entity's page says of it from the stored events: its row, its names, and how the events tell it. */
@Repository
public class EntityProfiles {

    private final JdbcClient jdbc;

    public EntityProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An entity as stored.
     *
     * @param names        its names by language
     * @param regions      its regions (ids)
     * @param asActor      shown events it is an actor of
     * @param asPlace      shown events placed in it (in one of its cities, for a country)
     * @param documents    documents telling those events
     * @param first        the earliest start of those events, or null
     * @param last         the latest start, or null
     */
    public record EntityProfile(String id, String type, String name, Map<String, String> names, String country,
                                List<String> regions, boolean candidate, long asActor, long asPlace, long documents,
                                LocalDateTime first, LocalDateTime last) {
    }

    public Optional<EntityProfile> find(String id) {
        record Row(String type, String name, String country, boolean candidate) {
        }
        Optional<Row> row = jdbc.sql("SELECT type, name, country, candidate FROM entity WHERE id = ?").param(id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT language, name FROM entity_name WHERE entity_id = ? ORDER BY language").param(id)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        List<String> regions = jdbc.sql("SELECT region_id FROM entity_region WHERE entity_id = ? ORDER BY region_id")
                .param(id).query(String.class).list();
        // Its events: as an actor, or placed in it (event_area also puts a city's events in its country).
        String its = """
                FROM event e WHERE e.hidden = FALSE AND (
                    EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id AND a.entity_id = :id)
                    OR EXISTS (SELECT 1 FROM event_area p WHERE p.event_id = e.id AND p.area_id = :id))""";
        long asActor = jdbc.sql("""
                SELECT COUNT(*) FROM event e WHERE e.hidden = FALSE
                AND EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id AND a.entity_id = :id)""")
                .param("id", id).query(Long.class).single();
        long asPlace = jdbc.sql("""
                SELECT COUNT(*) FROM event e WHERE e.hidden = FALSE
                AND EXISTS (SELECT 1 FROM event_area p WHERE p.event_id = e.id AND p.area_id = :id)""")
                .param("id", id).query(Long.class).single();
        LocalDateTime[] span = jdbc.sql("SELECT MIN(e.interval_start), MAX(e.interval_start) " + its).param("id", id)
                .query((rs, n) -> new LocalDateTime[] {rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class)})
                .single();
        long documents = jdbc.sql("SELECT COUNT(DISTINCT s.document_id) FROM event_source s WHERE s.event_id IN (SELECT e.id "
                        + its + ")").param("id", id).query(Long.class).single();
        Row r = row.get();
        return Optional.of(new EntityProfile(id, r.type(), r.name(), names, r.country(), regions, r.candidate(), asActor,
                asPlace, documents, span[0], span[1]));
    }
}
