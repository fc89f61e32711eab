package org.annalist.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.event.DateHow;
import org.annalist.event.Role;
import org.annalist.temporal.Granularity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's corrections to events: title, date, actors, places, "wrong" (hidden), merge and split. Each operation is
 * one transaction; it makes the event {@code EDITED} (so that re-extraction keeps it as it is, see
 * {@link ExtractionRepository#replace}) and writes one {@code event_edit} row per field it changed, with the old and the
 * new value as readable text (lists as JSON). An operation that changes nothing writes nothing and returns false.
 *
 * <p>Errors: an unknown event gives {@link NoSuchElementException}; anything else the person asked wrongly (blank title
 * or editor, unsupported precision, unknown entity, merging an event with itself, splitting a single-source event...)
 * gives {@link IllegalArgumentException}, and nothing is changed. All SQL takes its values as bind parameters.
 */
@Repository
public class EventCuration {

    /** The precisions a person picks for a date. */
    public static final List<Granularity> PRECISIONS = List.of(Granularity.DAY, Granularity.MONTH, Granularity.YEAR,
            Granularity.DECADE);

    /** An actor as a person sets it: an entity id and its part in the event. */
    public record Actor(String entityId, Role role) {

        public Actor {
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * One change to one field of an event.
     *
     * @param field    {@code title}, {@code date}, {@code actors}, {@code places}, {@code regions}, {@code hidden},
     *                 {@code sources}, {@code merged_from}, {@code merged_into}, {@code split_from}, {@code split_into}
     * @param oldValue the value before, as text (null when there was none)
     * @param newValue the value after, as text (null when there is none)
     */
    public record Edit(long id, long eventId, String editor, OffsetDateTime editedAt, String field, String oldValue,
                       String newValue) {
    }

    /** An event a person marked wrong, for a list from which it can be restored. */
    public record HiddenEvent(long id, String title, String timexValue, int sources, OffsetDateTime hiddenAt) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EDITOR_MAX = 200;
    private static final int TITLE_MAX = 1000;

    /** The columns of an event that curation reads and copies. */
    private record Row(long id, String title, String language, LocalDateTime start, LocalDateTime end, String granularity,
                       String timexValue, String timexMod, String dateText, String dateHow, String explanation,
                       String polarity, double confidence, boolean hidden) {
    }

    /** The date of an event, all the columns that make it. */
    private record Date(LocalDateTime start, LocalDateTime end, String granularity, String timexValue, String timexMod,
                        String dateText, String dateHow, String explanation) {

        static Date of(Row row) {
            return new Date(row.start(), row.end(), row.granularity(), row.timexValue(), row.timexMod(), row.dateText(),
                    row.dateHow(), row.explanation());
        }

        boolean dated() {
            return start != null;
        }

        /** As the history shows it: {@code 2020-01-07 (DAY)}, {@code 2020 START (YEAR)}; null when undated. */
        String describe() {
            if (start == null) {
                return null;
            }
            String value = timexValue == null ? start + "/" + end : timexValue;
            return value + (timexMod == null ? "" : " " + timexMod) + (granularity == null ? "" : " (" + granularity + ")");
        }

        /** The same period at the same precision (how it was found aside: confirming a date changes nothing). */
        boolean sameAs(Date other) {
            return Objects.equals(start, other.start) && Objects.equals(end, other.end)
                    && Objects.equals(granularity, other.granularity) && Objects.equals(timexValue, other.timexValue)
                    && Objects.equals(timexMod, other.timexMod);
        }
    }

    private final JdbcClient jdbc;
    private final EventRevision revision;
    /** The dictionary's entities by id, built when a person first names an entity no document has named yet. */
    private volatile Map<String, Entity> dictionary;

    public EventCuration(JdbcClient jdbc, EventRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    /** Sets the title. Blank (or longer than 1,000 characters) is refused. */
    @Transactional
    public boolean editTitle(long eventId, String title, String editor) {
        revision.written(eventId);
        String who = editor(editor);
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A title cannot be blank");
        }
        String newTitle = title.strip();
        if (newTitle.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A title has at most " + TITLE_MAX + " characters");
        }
        Row row = lock(eventId);
        if (row.title().equals(newTitle)) {
            return false;
        }
        OffsetDateTime now = now();
        jdbc.sql("UPDATE event SET title = ?, origin = 'EDITED', updated_at = ? WHERE id = ?")
                .params(newTitle, now, eventId).update();
        record(eventId, who, now, "title", row.title(), newTitle);
        return true;
    }

    /**
     * Sets the date to the period of the given precision that holds {@code day} ({@code [start, end)}: a day, its
     * month, its year or its decade), with its TIMEX3 value ({@code 2020-01-07}, {@code 2020-01}, {@code 2020},
     * {@code 199}), {@code date_how = EDITED} and the explanation "set by <editor>". A null {@code day} clears the date:
     * the event becomes undated (see {@link #clearDate}).
     *
     * @param precision one of {@link #PRECISIONS}
     */
    @Transactional
    public boolean editDate(long eventId, LocalDate day, Granularity precision, String editor) {
        revision.written(eventId);
        String who = editor(editor);
        Date date = day == null ? cleared(who) : dateAt(day, precision, who);
        Row row = lock(eventId);
        return setDate(row, date, who, now());
    }

    /** Removes the date: the event is listed as undated ({@code date_how = UNDATED}, "date removed by <editor>"). */
    @Transactional
    public boolean clearDate(long eventId, String editor) {
        revision.written(eventId);
        return editDate(eventId, null, null, editor);
    }

    /**
     * Sets the actors (the list replaces them; empty removes them all). Each must be a known entity: one of the
     * database or of the dictionary (added to the database then). The event's regions follow.
     */
    @Transactional
    public boolean setActors(long eventId, List<Actor> actors, String editor) {
        revision.written(eventId);
        String who = editor(editor);
        Map<String, Role> wanted = new LinkedHashMap<>();
        for (Actor actor : actors) {
            if (wanted.put(actor.entityId(), actor.role()) != null) {
                throw new IllegalArgumentException("Actor listed twice: " + actor.entityId());
            }
        }
        requireEntities(wanted.keySet());
        lock(eventId);
        Map<String, Role> before = actors(eventId);
        if (before.equals(wanted)) {
            return false;
        }
        OffsetDateTime now = now();
        jdbc.sql("DELETE FROM event_actor WHERE event_id = ?").param(eventId).update();
        wanted.forEach((entity, role) -> jdbc.sql("INSERT INTO event_actor (event_id, entity_id, role) VALUES (?, ?, ?)")
                .params(eventId, entity, role.name()).update());
        touch(eventId, now);
        record(eventId, who, now, "actors", actorsJson(before), actorsJson(wanted));
        recomputeRegions(eventId, who, now);
        return true;
    }

    /**
     * Sets the places (the list replaces them; empty removes them all; a place listed twice counts once). Each must be
     * a known entity, as for actors. The event's regions follow.
     */
    @Transactional
    public boolean setPlaces(long eventId, List<String> entityIds, String editor) {
        revision.written(eventId);
        String who = editor(editor);
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : entityIds) {
            wanted.add(Objects.requireNonNull(id, "entity id"));
        }
        requireEntities(wanted);
        lock(eventId);
        Set<String> before = places(eventId);
        if (before.equals(wanted)) {
            return false;
        }
        OffsetDateTime now = now();
        jdbc.sql("DELETE FROM event_place WHERE event_id = ?").param(eventId).update();
        wanted.forEach(entity -> jdbc.sql("INSERT INTO event_place (event_id, entity_id) VALUES (?, ?)")
                .params(eventId, entity).update());
        touch(eventId, now);
        record(eventId, who, now, "places", json(new TreeSet<>(before)), json(new TreeSet<>(wanted)));
        recomputeRegions(eventId, who, now);
        return true;
    }

    /**
     * Marks an event wrong (hidden: never shown, never deleted, never brought back by re-extraction) or right again.
     * An event merged into another has no source left and cannot be shown again: split the other one instead.
     */
    @Transactional
    public boolean hide(long eventId, boolean hidden, String editor) {
        revision.written(eventId);
        String who = editor(editor);
        Row row = lock(eventId);
        if (row.hidden() == hidden) {
            return false;
        }
        if (!hidden && sources(eventId).isEmpty()) {
            throw new IllegalArgumentException("Event " + eventId
                    + " has no source left (it was merged into another event): split that event instead");
        }
        OffsetDateTime now = now();
        jdbc.sql("UPDATE event SET hidden = ?, origin = 'EDITED', updated_at = ? WHERE id = ?")
                .params(hidden, now, eventId).update();
        record(eventId, who, now, "hidden", Boolean.toString(row.hidden()), Boolean.toString(hidden));
        return true;
    }

    /**
     * Makes {@code otherId} part of {@code targetId}: the other's sources move to the target, its actors and places are
     * added to the target's (a role the target already gives stays), the target's regions follow. The target keeps its
     * title and date, and takes the other's date only when it has none. The other is hidden, not deleted: it keeps its
     * title, date, actors, places and history, and records where it went. A source whose passage the target already
     * has stays with the other (a passage is told once per event).
     */
    @Transactional
    public void merge(long targetId, long otherId, String editor) {
        revision.written(targetId, otherId);
        String who = editor(editor);
        if (targetId == otherId) {
            throw new IllegalArgumentException("An event cannot be merged with itself");
        }
        // Both rows locked, in id order: two people merging the same pair the other way round wait, not deadlock.
        Row first = lock(Math.min(targetId, otherId));
        Row second = lock(Math.max(targetId, otherId));
        Row target = first.id() == targetId ? first : second;
        Row other = first.id() == otherId ? first : second;
        if (target.hidden() || other.hidden()) {
            throw new IllegalArgumentException("Event " + (target.hidden() ? targetId : otherId)
                    + " is marked wrong: show it again before merging");
        }
        OffsetDateTime now = now();
        List<Map<String, Object>> targetSources = sources(targetId);
        List<Map<String, Object>> otherSources = sources(otherId);
        Map<String, Role> targetActors = actors(targetId);
        Set<String> targetPlaces = places(targetId);

        jdbc.sql("""
                        UPDATE event_source SET event_id = :target
                        WHERE event_id = :other AND NOT EXISTS (SELECT 1 FROM event_source t WHERE t.event_id = :target
                            AND t.document_id = event_source.document_id AND t.passage_begin = event_source.passage_begin)""")
                .param("target", targetId).param("other", otherId).update();
        jdbc.sql("""
                        INSERT INTO event_actor (event_id, entity_id, role)
                        SELECT :target, a.entity_id, a.role FROM event_actor a WHERE a.event_id = :other
                          AND NOT EXISTS (SELECT 1 FROM event_actor t WHERE t.event_id = :target AND t.entity_id = a.entity_id)""")
                .param("target", targetId).param("other", otherId).update();
        jdbc.sql("""
                        INSERT INTO event_place (event_id, entity_id)
                        SELECT :target, p.entity_id FROM event_place p WHERE p.event_id = :other
                          AND NOT EXISTS (SELECT 1 FROM event_place t WHERE t.event_id = :target AND t.entity_id = p.entity_id)""")
                .param("target", targetId).param("other", otherId).update();
        touch(targetId, now);
        record(targetId, who, now, "merged_from", null, Long.toString(otherId));
        recordChange(targetId, who, now, "sources", json(targetSources), json(sources(targetId)));
        recordChange(targetId, who, now, "actors", actorsJson(targetActors), actorsJson(actors(targetId)));
        recordChange(targetId, who, now, "places", json(new TreeSet<>(targetPlaces)), json(new TreeSet<>(places(targetId))));
        recomputeRegions(targetId, who, now);
        if (!Date.of(target).dated() && Date.of(other).dated()) {
            setDate(target, Date.of(other), who, now);
        }

        jdbc.sql("UPDATE event SET hidden = TRUE, origin = 'EDITED', updated_at = ? WHERE id = ?")
                .params(now, otherId).update();
        record(otherId, who, now, "merged_into", null, Long.toString(targetId));
        recordChange(otherId, who, now, "sources", json(otherSources), json(sources(otherId)));
        record(otherId, who, now, "hidden", "false", "true");
    }

    /**
     * Takes one source (a passage of a document) out of an event into a new {@code EDITED} event with the same title,
     * actors, places and regions, dated by the date that passage gives when it gives one (else the event's date). The
     * event keeps its own date. Refused when the event has a single source, or is hidden.
     *
     * @return the id of the new event
     */
    @Transactional
    public long split(long eventId, long documentId, int passageBegin, String editor) {
        revision.written(eventId);
        String who = editor(editor);
        Row row = lock(eventId);
        if (row.hidden()) {
            throw new IllegalArgumentException("Event " + eventId + " is marked wrong: show it again before splitting");
        }
        List<Map<String, Object>> before = sources(eventId);
        if (before.size() < 2) {
            throw new IllegalArgumentException("Event " + eventId + " has a single source: nothing to split");
        }
        record SourceDate(LocalDateTime start, LocalDateTime end, String timexValue, Integer timexBegin, int passageEnd) {
        }
        SourceDate source = jdbc.sql("""
                        SELECT interval_start, interval_end, timex_value, timex_begin, passage_end FROM event_source
                        WHERE event_id = ? AND document_id = ? AND passage_begin = ?""")
                .params(eventId, documentId, passageBegin)
                .query((rs, n) -> new SourceDate(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class),
                        rs.getString(3), (Integer) rs.getObject(4), rs.getInt(5)))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("Event " + eventId + " has no source in document "
                        + documentId + " at " + passageBegin));
        Date date = Date.of(row);
        if (source.start() != null) {
            date = passageDate(documentId, passageBegin, source.passageEnd(), source.start(), source.end(),
                    source.timexValue(), source.timexBegin(), row.dateHow());
        }
        OffsetDateTime now = now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO event (title, language, interval_start, interval_end, granularity, timex_value, timex_mod,
                            date_text, date_how, explanation, polarity, confidence, origin, hidden, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EDITED', FALSE, ?, ?)""")
                .params(row.title(), row.language(), date.start(), date.end(), date.granularity(), date.timexValue(),
                        date.timexMod(), date.dateText(), date.dateHow(), date.explanation(), row.polarity(),
                        row.confidence(), now, now)
                .update(key, "id");
        long created = key.getKey().longValue();
        revision.written(created);
        jdbc.sql("INSERT INTO event_actor (event_id, entity_id, role) SELECT ?, entity_id, role FROM event_actor WHERE event_id = ?")
                .params(created, eventId).update();
        jdbc.sql("INSERT INTO event_place (event_id, entity_id) SELECT ?, entity_id FROM event_place WHERE event_id = ?")
                .params(created, eventId).update();
        jdbc.sql("INSERT INTO event_region (event_id, region_id) SELECT ?, region_id FROM event_region WHERE event_id = ?")
                .params(created, eventId).update();
        jdbc.sql("UPDATE event_source SET event_id = ? WHERE event_id = ? AND document_id = ? AND passage_begin = ?")
                .params(created, eventId, documentId, passageBegin).update();
        touch(eventId, now);
        record(eventId, who, now, "split_into", null, Long.toString(created));
        record(eventId, who, now, "sources", json(before), json(sources(eventId)));
        record(created, who, now, "split_from", null, Long.toString(eventId));
        return created;
    }

    /** What people changed in an event, newest first. */
    public List<Edit> history(long eventId) {
        return jdbc.sql("""
                        SELECT id, event_id, editor, edited_at, field_name, old_value, new_value FROM event_edit
                        WHERE event_id = ? ORDER BY edited_at DESC, id DESC""")
                .param(eventId)
                .query((rs, n) -> new Edit(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The events marked wrong (merged ones included), most recently changed first, at most {@code limit}. */
    public List<HiddenEvent> hiddenEvents(int limit) {
        return jdbc.sql("""
                        SELECT e.id, e.title, e.timex_value, (SELECT COUNT(*) FROM event_source s WHERE s.event_id = e.id),
                               e.updated_at
                        FROM event e WHERE e.hidden = TRUE ORDER BY e.updated_at DESC, e.id DESC FETCH FIRST :limit ROWS ONLY""")
                .param("limit", Math.max(1, limit))
                .query((rs, n) -> new HiddenEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    // ---- dates

    private boolean setDate(Row row, Date date, String editor, OffsetDateTime now) {
        Date before = Date.of(row);
        if (before.sameAs(date)) {
            return false;
        }
        jdbc.sql("""
                        UPDATE event SET interval_start = ?, interval_end = ?, granularity = ?, timex_value = ?, timex_mod = ?,
                            date_text = ?, date_how = ?, explanation = ?, origin = 'EDITED', updated_at = ?
                        WHERE id = ?""")
                .params(date.start(), date.end(), date.granularity(), date.timexValue(), date.timexMod(), date.dateText(),
                        date.dateHow(), date.explanation(), now, row.id())
                .update();
        record(row.id(), editor, now, "date", before.describe(), date.describe());
        return true;
    }

    private static Date cleared(String editor) {
        return new Date(null, null, null, null, null, null, DateHow.UNDATED.name(), "date removed by " + editor);
    }

    /** The period of the given precision that holds {@code day}. */
    static Date dateAt(LocalDate day, Granularity precision, String editor) {
        if (precision == null || !PRECISIONS.contains(precision)) {
            throw new IllegalArgumentException("A date's precision is one of " + PRECISIONS + ", not " + precision);
        }
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException("A year from 1 to 9999, not " + day.getYear());
        }
        LocalDate start;
        LocalDate end;
        String value;
        switch (precision) {
            case DAY -> {
                start = day;
                end = day.plusDays(1);
                value = day.toString();
            }
            case MONTH -> {
                start = day.withDayOfMonth(1);
                end = start.plusMonths(1);
                value = "%04d-%02d".formatted(start.getYear(), start.getMonthValue());
            }
            case YEAR -> {
                start = day.withDayOfYear(1);
                end = start.plusYears(1);
                value = "%04d".formatted(start.getYear());
            }
            default -> {
                start = LocalDate.of(day.getYear() - day.getYear() % 10, 1, 1);
                end = start.plusYears(10);
                // TIMEX3 writes a decade as its first three digits (199 for the 1990s), as the tagger does.
                value = "%03d".formatted(start.getYear() / 10);
            }
        }
        return new Date(start.atStartOfDay(), end.atStartOfDay(), precision.name(), value, null, null,
                DateHow.EDITED.name(), "set by " + editor);
    }

    /** The date a source's passage gives, with what the document's date expression says of it when it is still there. */
    private Date passageDate(long documentId, int passageBegin, int passageEnd, LocalDateTime start, LocalDateTime end,
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
            return new Date(start, end, granularityOf(timexValue), timexValue, null, null, fallbackHow, null);
        }
        DateHow how;
        if (timexBegin < passageBegin || timexBegin >= passageEnd) {
            how = DateHow.INHERITED;
        } else if (timex.anchorKind() == null) {
            how = DateHow.EXPLICIT;
        } else {
            how = "DCT".equals(timex.anchorKind()) ? DateHow.RELATIVE_TO_PUBLICATION : DateHow.RELATIVE_TO_PREVIOUS;
        }
        return new Date(start, end, timex.granularity(), timexValue, timex.mod(), timex.surface(), how.name(),
                timex.explanation());
    }

    private static String granularityOf(String timexValue) {
        if (timexValue == null) {
            return null;
        }
        if (timexValue.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Granularity.DAY.name();
        }
        if (timexValue.matches("\\d{4}-\\d{2}")) {
            return Granularity.MONTH.name();
        }
        if (timexValue.matches("\\d{4}")) {
            return Granularity.YEAR.name();
        }
        return timexValue.matches("\\d{3}") ? Granularity.DECADE.name() : null;
    }

    // ---- entities and regions

    /** Refuses an id that is neither in the database nor in the dictionary; adds the dictionary's ones to the database. */
    private void requireEntities(Collection<String> ids) {
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
            // Portable "insert if missing", as extraction does.
            jdbc.sql("""
                            INSERT INTO entity (id, type, name_fr, name_en, country, wikidata, candidate)
                            SELECT ?, ?, ?, ?, ?, ?, FALSE FROM (VALUES (0)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM entity WHERE id = ?)""")
                    .params(entity.id(), entity.type().name(), entity.nameFr(), entity.nameEn(), entity.country(),
                            entity.wikidata(), entity.id())
                    .update();
            for (String region : entity.regions()) {
                jdbc.sql("""
                                INSERT INTO entity_region (entity_id, region_id)
                                SELECT ?, ? FROM (VALUES (0)) AS one (x)
                                WHERE NOT EXISTS (SELECT 1 FROM entity_region WHERE entity_id = ? AND region_id = ?)""")
                        .params(entity.id(), region, entity.id(), region).update();
            }
        }
    }

    private Map<String, Entity> dictionary() {
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
    private void recomputeRegions(long eventId, String editor, OffsetDateTime now) {
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
        record(eventId, editor, now, "regions", json(before), json(after));
    }

    // ---- reading and writing rows

    /** The event, its row locked until the transaction ends (two people editing it at once take turns). */
    private Row lock(long eventId) {
        return jdbc.sql("""
                        SELECT id, title, language, interval_start, interval_end, granularity, timex_value, timex_mod,
                               date_text, date_how, explanation, polarity, confidence, hidden
                        FROM event WHERE id = ? FOR UPDATE""")
                .param(eventId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getDouble(13), rs.getBoolean(14)))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("No event " + eventId));
    }

    private Map<String, Role> actors(long eventId) {
        Map<String, Role> actors = new TreeMap<>();
        jdbc.sql("SELECT entity_id, role FROM event_actor WHERE event_id = ?").param(eventId)
                .query(rs -> {
                    actors.put(rs.getString(1), Role.valueOf(rs.getString(2)));
                });
        return actors;
    }

    private Set<String> places(long eventId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT entity_id FROM event_place WHERE event_id = ? ORDER BY entity_id")
                .param(eventId).query(String.class).list());
    }

    private List<String> regions(long eventId) {
        return jdbc.sql("SELECT region_id FROM event_region WHERE event_id = ? ORDER BY region_id")
                .param(eventId).query(String.class).list();
    }

    private List<Map<String, Object>> sources(long eventId) {
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

    private void touch(long eventId, OffsetDateTime now) {
        jdbc.sql("UPDATE event SET origin = 'EDITED', updated_at = ? WHERE id = ?").params(now, eventId).update();
    }

    private void recordChange(long eventId, String editor, OffsetDateTime now, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            record(eventId, editor, now, field, before, after);
        }
    }

    private void record(long eventId, String editor, OffsetDateTime now, String field, String before, String after) {
        jdbc.sql("""
                        INSERT INTO event_edit (event_id, editor, edited_at, field_name, old_value, new_value)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(eventId, editor, now, field, before, after)
                .update();
    }

    private static String actorsJson(Map<String, Role> actors) {
        List<Map<String, String>> list = new ArrayList<>();
        new TreeMap<>(actors).forEach((id, role) -> {
            Map<String, String> actor = new LinkedHashMap<>();
            actor.put("id", id);
            actor.put("role", role.name());
            list.add(actor);
        });
        return json(list);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String editor(String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("Who makes the change must be named");
        }
        String name = editor.strip();
        if (name.length() > EDITOR_MAX) {
            throw new IllegalArgumentException("An editor's name has at most " + EDITOR_MAX + " characters");
        }
        return name;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
