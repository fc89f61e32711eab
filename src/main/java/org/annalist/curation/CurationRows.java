package org.annalist.curation;

import org.annalist.events.EventDate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.event.DateHow;
import org.annalist.event.Polarity;
import org.annalist.event.Role;
import org.annalist.events.EntityRows;
import org.annalist.temporal.CalendarPeriods;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.TemporalTagger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of an event that curation reads and writes (its date, actors, places, regions and sources), shared by the
 * edits ({@link EventCuration}) and the merges ({@link EventMerges}).
 */
@Repository
class CurationRows {

    private final JdbcClient jdbc;
    private final EntityRows entityRows;
    private final EditLog log;

    CurationRows(JdbcClient jdbc, EntityRows entityRows, EditLog log) {
        this.jdbc = jdbc;
        this.entityRows = entityRows;
        this.log = log;
    }

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int EDITOR_MAX = 200;
    static final int TITLE_MAX = 1000;

    /** The columns of an event that curation reads and copies. */
    record Row(long id, String title, String language, LocalDateTime start, LocalDateTime end, String granularity,
               String timexValue, String timexMod, String dateText, String dateHow, String explanation,
               String polarity, double confidence, boolean hidden, long version, String note) {

        EventDate date() {
            return new EventDate(start, end, granularity, timexValue, timexMod, dateText, dateHow, explanation);
        }
    }

    /** The dictionary's entities by id, built when a person first names an entity no document has named yet. */
    volatile Map<String, Entity> dictionary;

    boolean setDate(Row row, EventDate date, String editor, OffsetDateTime now) {
        EventDate before = row.date();
        if (before.sameAs(date)) {
            return false;
        }
        List<Object> params = new ArrayList<>(Arrays.asList(date.columns()));
        params.addAll(Arrays.asList(now, row.id()));
        jdbc.sql("UPDATE event SET " + EventDate.ASSIGNMENTS + ", origin = " + EDITED + ", updated_at = ? WHERE id = ?")
                .params(params).update();
        log.record(row.id(), editor, now, "date", before.json(), date.json());
        return true;
    }

    static void requireYear(int year) {
        if (year < TemporalTagger.FIRST_YEAR || year > TemporalTagger.LAST_YEAR) {
            throw new IllegalArgumentException("A year from 1 to 9999, not " + year);
        }
    }

    /** The date a source's passage gives, with what the document's date expression says of it when it is still there. */
    EventDate passageDate(long documentId, int passageBegin, int passageEnd, LocalDateTime start, LocalDateTime end,
                             String timexValue, Integer timexBegin, String fallbackHow) {
        record TimexRow(String granularity, String mod, String surface, String explanation, String anchorKind) {
        }
        TimexRow timex = timexBegin == null ? null : jdbc.sql("""
                        SELECT granularity, timex_mod, surface, explanation, anchor_kind FROM timex
                        WHERE document_id = ? AND begin_offset = ? ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .params(documentId, timexBegin)
                .query((rs, n) -> new TimexRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional().orElse(null);
        if (timex == null) {
            return new EventDate(start, end, granularityOf(timexValue), timexValue, null, null, fallbackHow, null);
        }
        DateHow how;
        if (timexBegin < passageBegin || timexBegin >= passageEnd) {
            how = DateHow.INHERITED;
        } else if (timex.anchorKind() == null) {
            how = DateHow.EXPLICIT;
        } else {
            how = "DCT".equals(timex.anchorKind()) ? DateHow.RELATIVE_TO_PUBLICATION : DateHow.RELATIVE_TO_PREVIOUS;
        }
        return new EventDate(start, end, timex.granularity(), timexValue, timex.mod(), timex.surface(), how.name(),
                timex.explanation());
    }

    static String granularityOf(String timexValue) {
        Granularity granularity = CalendarPeriods.granularityOf(timexValue);
        return granularity == null ? null : granularity.name();
    }

    /** Refuses an id that is neither in the database nor in the dictionary; adds the dictionary's ones to the database. */
    void requireEntities(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<String> known = new LinkedHashSet<>(jdbc.sql("SELECT id FROM entity WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids)).query(String.class).list());
        for (String id : ids) {
            if (known.contains(id)) {
                continue;
            }
            Entity entity = dictionary().get(id);
            if (entity == null) {
                throw new IllegalArgumentException("Unknown entity: " + id);
            }
            entityRows.ensure(entity);
        }
    }

    Map<String, Entity> dictionary() {
        Map<String, Entity> entities = dictionary;
        if (entities == null) {
            entities = EntityDictionary.standard().entities().stream()
                    .collect(Collectors.toUnmodifiableMap(Entity::id, Function.identity(), (a, b) -> a));
            dictionary = entities;
        }
        return entities;
    }

    /**
     * The regions of an event, as extraction makes them: those of its places and of its state actors (a person's
     * nationality does not say where something happened).
     */
    void recomputeRegions(long eventId, String editor, OffsetDateTime now) {
        List<String> before = regions(eventId);
        List<String> after = jdbc.sql("""
                        SELECT DISTINCT r.region_id FROM entity_region r WHERE r.entity_id IN (
                            SELECT p.entity_id FROM event_place p WHERE p.event_id = :id
                            UNION SELECT a.entity_id FROM event_actor a JOIN entity n ON n.id = a.entity_id
                                  WHERE a.event_id = :id AND n.type = 'STATE')
                        ORDER BY r.region_id""")
                .param("id", eventId).query(String.class).list();
        if (before.equals(after)) {
            return;
        }
        jdbc.sql("DELETE FROM event_region WHERE event_id = ?").param(eventId).update();
        after.forEach(region -> jdbc.sql("INSERT INTO event_region (event_id, region_id) VALUES (?, ?)")
                .params(eventId, region).update());
        log.record(eventId, editor, now, "regions", json(before), json(after));
    }

    /** The event; with {@code lock}, its row locked until the transaction ends (two people editing it take turns). */
    Row read(long eventId, boolean lock) {
        return jdbc.sql("""
                        SELECT id, title, language, interval_start, interval_end, granularity, timex_value, timex_mod,
                               date_text, date_how, explanation, polarity, confidence, hidden, version, note
                        FROM event WHERE id = ?""" + (lock ? " FOR UPDATE" : ""))
                .param(eventId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getDouble(13), rs.getBoolean(14), rs.getLong(15), rs.getString(16)))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("No event " + eventId));
    }

    EventState lockedState(long eventId) {
        return stateOf(read(eventId, true));
    }

    EventState stateOf(Row row) {
        return new EventState(row.id(), row.version(), row.title(), row.date(), actors(row.id()), places(row.id()),
                row.hidden(), row.polarity() == null ? Polarity.AFFIRMED : Polarity.valueOf(row.polarity()), row.note());
    }

    void writeActors(long eventId, Map<String, Role> actors) {
        jdbc.sql("DELETE FROM event_actor WHERE event_id = ?").param(eventId).update();
        actors.forEach((entity, role) -> jdbc.sql("INSERT INTO event_actor (event_id, entity_id, role) VALUES (?, ?, ?)")
                .params(eventId, entity, role.name()).update());
    }

    void writePlaces(long eventId, Set<String> places) {
        jdbc.sql("DELETE FROM event_place WHERE event_id = ?").param(eventId).update();
        places.forEach(entity -> jdbc.sql("INSERT INTO event_place (event_id, entity_id) VALUES (?, ?)")
                .params(eventId, entity).update());
    }

    Map<String, Role> actors(long eventId) {
        Map<String, Role> actors = new TreeMap<>();
        jdbc.sql("SELECT entity_id, role FROM event_actor WHERE event_id = ?").param(eventId)
                .query(rs -> {
                    actors.put(rs.getString(1), Role.valueOf(rs.getString(2)));
                });
        return actors;
    }

    static Map<String, Role> actorsOf(String json) {
        Map<String, Role> actors = new TreeMap<>();
        for (Map<String, String> actor : JSON.readValue(json, new TypeReference<List<Map<String, String>>>() { })) {
            actors.put(actor.get("id"), Role.valueOf(actor.get("role")));
        }
        return actors;
    }

    Set<String> places(long eventId) {
        return new TreeSet<>(jdbc.sql("SELECT entity_id FROM event_place WHERE event_id = ? ORDER BY entity_id")
                .param(eventId).query(String.class).list());
    }

    List<String> regions(long eventId) {
        return jdbc.sql("SELECT region_id FROM event_region WHERE event_id = ? ORDER BY region_id")
                .param(eventId).query(String.class).list();
    }

    List<Map<String, Object>> sources(long eventId) {
        return jdbc.sql("""
                        SELECT document_id, passage_begin, passage_end FROM event_source WHERE event_id = ?
                        ORDER BY document_id, passage_begin""")
                .param(eventId)
                .query((rs, n) -> {
                    Map<String, Object> source = new LinkedHashMap<>();
                    source.put("document", rs.getLong(1));
                    source.put("begin", rs.getInt(2));
                    source.put("end", rs.getInt(3));
                    return source;
                })
                .list();
    }

    /** A person's event: corrected (EDITED), unless a person added it (ADDED stays). */
    private static final String EDITED = "CASE WHEN origin = 'ADDED' THEN 'ADDED' ELSE 'EDITED' END";

    /** Marks the event a person's, and moves its version on (an editor who saw the older one is checked field by field). */
    void touch(long eventId, OffsetDateTime now) {
        jdbc.sql("UPDATE event SET origin = " + EDITED + ", updated_at = ?, version = version + 1 WHERE id = ?")
                .params(now, eventId).update();
    }

    static String actorsJson(Map<String, Role> actors) {
        List<Map<String, String>> list = new ArrayList<>();
        new TreeMap<>(actors).forEach((id, role) -> {
            Map<String, String> actor = new LinkedHashMap<>();
            actor.put("id", id);
            actor.put("role", role.name());
            list.add(actor);
        });
        return json(list);
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** At most 80 characters of a text, for a message. */
    static String shortened(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() <= 80 ? stripped : stripped.substring(0, 79) + "…";
    }

    static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A title cannot be blank");
        }
        String stripped = title.strip();
        if (stripped.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A title has at most " + TITLE_MAX + " characters");
        }
        return stripped;
    }

    static String editor(String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("Who makes the change must be named");
        }
        String name = editor.strip();
        if (name.length() > EDITOR_MAX) {
            throw new IllegalArgumentException("An editor's name has at most " + EDITOR_MAX + " characters");
        }
        return name;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
