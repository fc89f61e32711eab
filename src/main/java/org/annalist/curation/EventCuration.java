package org.annalist.curation;

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
import org.annalist.database.Durability;
import org.annalist.database.EventRevision;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.event.DateHow;
import org.annalist.event.Role;
import org.annalist.events.EntityRows;
import org.annalist.events.ExtractionRepository;
import org.annalist.lang.Folding;
import org.annalist.temporal.CalendarPeriods;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.TemporalTagger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's corrections to events: title, date, actors, places, "wrong" (hidden), merge, split, and the revert of any
 * of them. Each operation is one transaction; it makes the event {@code EDITED} (so that re-extraction keeps it as it
 * is, see {@link ExtractionRepository#replace}), moves its {@code version} on, and writes one {@code event_edit} row per
 * field it changed with the whole old and new value (lists and dates as JSON), so that replaying the history gives the
 * event's current state and any entry can be reverted. An operation that changes nothing writes nothing.
 *
 * <p>A person edits what they were shown: {@link #edit} takes the {@link EventState} the dialog showed and a
 * {@link Patch} of the fields the person changed. Only those fields are written (a title edit never touches the date
 * words, mod or precision); a field someone else changed meanwhile is kept when the person did not touch it (merged),
 * and when both changed it the edit is refused with an {@link EditConflict} that carries the current state.
 *
 * <p>Errors: an unknown event gives {@link NoSuchElementException}; anything else the person asked wrongly (blank title
 * or editor, unsupported precision, unknown entity, merging an event with itself, splitting a single-source event...)
 * gives {@link IllegalArgumentException}, and nothing is changed. All SQL takes its values as bind parameters.
 */
@Repository
public class EventCuration {

    /** The precisions a person picks for a date. */
    public static final List<Granularity> PRECISIONS = CalendarPeriods.PRECISIONS;

    /** The fields a person edits, as the history names them. */
    public static final List<String> FIELDS = List.of("title", "date", "actors", "places", "hidden");

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
     * @param oldValue the value before, as text (null when there was none; a date as JSON, see {@link #describe})
     * @param newValue the value after, as text (null when there is none)
     * @param reverts  the entry this one undoes, or null
     */
    public record Edit(long id, long eventId, String editor, OffsetDateTime editedAt, String field, String oldValue,
                       String newValue, Long reverts) {

        public Edit(long id, long eventId, String editor, OffsetDateTime editedAt, String field, String oldValue,
                    String newValue) {
            this(id, eventId, editor, editedAt, field, oldValue, newValue, null);
        }

        /** Whether {@link #revert} can undo it (a field a person sets, a merge, a split; not what follows from them). */
        public boolean revertible() {
            return FIELDS.contains(field) || field.startsWith("merged_") || field.startsWith("split_");
        }
    }

    /** An event a person marked wrong, for a list from which it can be restored. */
    public record HiddenEvent(long id, String title, String timexValue, int sources, OffsetDateTime hiddenAt) {
    }

    /** The date of an event, all the columns that make it (a null start: undated, its words possibly kept). */
    public record EventDate(LocalDateTime start, LocalDateTime end, String granularity, String timexValue,
                            String timexMod, String dateText, String dateHow, String explanation) {

        public boolean dated() {
            return start != null;
        }

        /** As the history shows it: {@code 2020-01-07 (DAY)}, {@code 2020 START (YEAR)}, {@code undated «words»}. */
        public String describe() {
            String words = dateText == null ? "" : " «" + dateText + "»";
            if (start == null) {
                return "undated" + words;
            }
            String value = timexValue == null ? start + "/" + end : timexValue;
            return value + (timexMod == null ? "" : " " + timexMod) + (granularity == null ? "" : " (" + granularity + ")")
                    + words;
        }

        /** The same period at the same precision (how it was found aside: confirming a date changes nothing). */
        public boolean sameAs(EventDate other) {
            return other != null && Objects.equals(start, other.start) && Objects.equals(end, other.end)
                    && Objects.equals(granularity, other.granularity) && Objects.equals(timexValue, other.timexValue)
                    && Objects.equals(timexMod, other.timexMod) && (start != null || Objects.equals(dateText, other.dateText));
        }

        String json() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("start", start == null ? null : start.toString());
            map.put("end", end == null ? null : end.toString());
            map.put("granularity", granularity);
            map.put("timex_value", timexValue);
            map.put("timex_mod", timexMod);
            map.put("date_text", dateText);
            map.put("date_how", dateHow);
            map.put("explanation", explanation);
            return EventCuration.json(map);
        }

        /** A date as the history wrote it; null for entries older than full history (a description only). */
        static EventDate fromJson(String json) {
            if (json == null || !json.startsWith("{")) {
                return null;
            }
            Map<String, String> map = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
            return new EventDate(time(map.get("start")), time(map.get("end")), map.get("granularity"),
                    map.get("timex_value"), map.get("timex_mod"), map.get("date_text"), map.get("date_how"),
                    map.get("explanation"));
        }

        private static LocalDateTime time(String text) {
            return text == null ? null : LocalDateTime.parse(text);
        }
    }

    /** What a person is shown of an event, and edits against: its fields and the version they were read at. */
    public record EventState(long id, long version, String title, EventDate date, Map<String, Role> actors,
                             Set<String> places, boolean hidden) {

        public EventState {
            actors = java.util.Collections.unmodifiableMap(new TreeMap<>(actors));
            places = java.util.Collections.unmodifiableSet(new TreeSet<>(places));
        }

        /** A field's value as the history writes it. */
        public String value(String field) {
            return switch (field) {
                case "title" -> title;
                case "date" -> date.json();
                case "actors" -> actorsJson(actors);
                case "places" -> EventCuration.json(places);
                case "hidden" -> Boolean.toString(hidden);
                default -> throw new IllegalArgumentException("Not a field a person sets: " + field);
            };
        }
    }

    /**
     * The fields a person changed in the edit dialog; null: not edited (left as it is, whoever changed it meanwhile).
     * Build the date with {@link #dateAt} or {@link #undated}.
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

    /**
     * What an edit did: whether it changed anything, which fields someone else had changed since the person's view
     * (kept, merged with the person's changes), and the event as it is now.
     */
    public record EditResult(boolean changed, List<String> keptFromOthers, EventState state) {
    }

    /** Someone changed a field since the person's view, and the person changed it too: nothing was written. */
    public static final class EditConflict extends RuntimeException {
        private final List<String> fields;
        private final transient EventState current;

        EditConflict(List<String> fields, EventState current) {
            super("Changed by someone else meanwhile: " + String.join(", ", fields));
            this.fields = List.copyOf(fields);
            this.current = current;
        }

        /** The fields both changed. */
        public List<String> fields() {
            return fields;
        }

        /** The event as it is now (what the person should be shown to decide again). */
        public EventState current() {
            return current;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EDITOR_MAX = 200;
    private static final int TITLE_MAX = 1000;

    /** The columns of an event that curation reads and copies. */
    private record Row(long id, String title, String language, LocalDateTime start, LocalDateTime end, String granularity,
                       String timexValue, String timexMod, String dateText, String dateHow, String explanation,
                       String polarity, double confidence, boolean hidden, long version) {

        EventDate date() {
            return new EventDate(start, end, granularity, timexValue, timexMod, dateText, dateHow, explanation);
        }
    }

    private final JdbcClient jdbc;
    private final EntityRows entityRows;
    private final EventRevision revision;
    private final Durability durability;
    /** The dictionary's entities by id, built when a person first names an entity no document has named yet. */
    private volatile Map<String, Entity> dictionary;

    public EventCuration(JdbcClient jdbc, EventRevision revision, Durability durability, EntityRows entityRows) {
        this.jdbc = jdbc;
        this.entityRows = entityRows;
        this.revision = revision;
        this.durability = durability;
    }

    /** The event as a person is shown it before editing. */
    public EventState state(long eventId) {
        return state(read(eventId, false));
    }

    /**
     * Writes the fields the person changed (those of {@code patch} that differ from {@code shown}), and only those.
     * A field changed meanwhile by someone else is kept when the person did not change it; when both changed it to
     * different values, nothing is written and {@link EditConflict} says which fields, with the current state.
     */
    @Transactional
    public EditResult edit(EventState shown, Patch patch, String editor) {
        long eventId = shown.id();
        revision.written(eventId);
        // "Saved" is said after the commit: the change is on the disk by then.
        durability.afterCommit();
        String who = editor(editor);
        String title = patch.title() == null ? null : title(patch.title());
        if (patch.date() != null && patch.date().dated()) {
            requireYear(patch.date().start().getYear());
        }
        Map<String, Role> actors = patch.actors() == null ? null : new TreeMap<>(patch.actors());
        Set<String> places = patch.places() == null ? null : new TreeSet<>(patch.places());
        if (actors != null) {
            requireEntities(actors.keySet());
        }
        if (places != null) {
            requireEntities(places);
        }
        Row row = read(eventId, true);
        EventState current = state(row);

        boolean titleEdited = title != null && !title.equals(shown.title());
        boolean dateEdited = patch.date() != null && !patch.date().sameAs(shown.date());
        boolean actorsEdited = actors != null && !actors.equals(shown.actors());
        boolean placesEdited = places != null && !places.equals(shown.places());
        List<String> conflicts = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        check("title", titleEdited, shown.title(), current.title(), title, Objects::equals, conflicts, kept);
        check("date", dateEdited, shown.date(), current.date(), patch.date(), EventDate::sameAs, conflicts, kept);
        check("actors", actorsEdited, shown.actors(), current.actors(), actors, Objects::equals, conflicts, kept);
        check("places", placesEdited, shown.places(), current.places(), places, Objects::equals, conflicts, kept);
        if (current.hidden() != shown.hidden()) {
            kept.add("hidden");
        }
        if (!conflicts.isEmpty()) {
            throw new EditConflict(conflicts, current);
        }
        OffsetDateTime now = now();
        boolean changed = false;
        if (titleEdited && !title.equals(current.title())) {
            jdbc.sql("UPDATE event SET title = ?, search_title = ? WHERE id = ?").params(title, Folding.searchWords(title), eventId)
                    .update();
            record(eventId, who, now, "title", current.title(), title);
            changed = true;
        }
        if (dateEdited) {
            changed |= setDate(row, patch.date(), who, now);
        }
        boolean entities = false;
        if (actorsEdited && !actors.equals(current.actors())) {
            writeActors(eventId, actors);
            record(eventId, who, now, "actors", actorsJson(current.actors()), actorsJson(actors));
            entities = true;
        }
        if (placesEdited && !places.equals(current.places())) {
            writePlaces(eventId, places);
            record(eventId, who, now, "places", json(current.places()), json(places));
            entities = true;
        }
        if (entities) {
            recomputeRegions(eventId, who, now);
        }
        changed |= entities;
        if (changed) {
            touch(eventId, now);
        }
        return new EditResult(changed, kept, changed ? state(read(eventId, false)) : current);
    }

    private interface Same<T> {
        boolean test(T a, T b);
    }

    /** A field both the person and someone else changed, to different values, is a conflict; else another's is kept. */
    private static <T> void check(String field, boolean edited, T shown, T current, T wanted, Same<T> same,
                                  List<String> conflicts, List<String> kept) {
        boolean changedMeanwhile = !Objects.equals(shown, current);
        if (!changedMeanwhile) {
            return;
        }
        if (!edited) {
            kept.add(field);
        } else if (!same.test(current, wanted)) {
            conflicts.add(field);
        }
    }

    /** Sets the title (the person saw the current one). Blank (or longer than 1,000 characters) is refused. */
    @Transactional
    public boolean editTitle(long eventId, String title, String editor) {
        return edit(lockedState(eventId), Patch.NONE.withTitle(Objects.requireNonNullElse(title, "")), editor).changed();
    }

    /**
     * Sets the date to the period of the given precision that holds {@code day} (see {@link #dateAt}). A null
     * {@code day} clears the date: the event becomes undated (see {@link #clearDate}).
     *
     * @param precision one of {@link #PRECISIONS}
     */
    @Transactional
    public boolean editDate(long eventId, LocalDate day, Granularity precision, String editor) {
        String who = editor(editor);
        EventDate date = day == null ? undated(who) : dateAt(day, precision, who);
        return edit(lockedState(eventId), Patch.NONE.withDate(date), who).changed();
    }

    /** Removes the date: the event is listed as undated ({@code date_how = UNDATED}, "date removed by <editor>"). */
    @Transactional
    public boolean clearDate(long eventId, String editor) {
        return editDate(eventId, null, null, editor);
    }

    /**
     * Sets the actors (the list replaces them; empty removes them all). Each must be a known entity: one of the
     * database or of the dictionary (added to the database then). The event's regions follow.
     */
    @Transactional
    public boolean setActors(long eventId, List<Actor> actors, String editor) {
        Map<String, Role> wanted = new LinkedHashMap<>();
        for (Actor actor : actors) {
            if (wanted.put(actor.entityId(), actor.role()) != null) {
                throw new IllegalArgumentException("Actor listed twice: " + actor.entityId());
            }
        }
        return edit(lockedState(eventId), Patch.NONE.withActors(wanted), editor).changed();
    }

    /**
     * Sets the places (the list replaces them; empty removes them all; a place listed twice counts once). Each must be
     * a known entity, as for actors. The event's regions follow.
     */
    @Transactional
    public boolean setPlaces(long eventId, List<String> entityIds, String editor) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : entityIds) {
            wanted.add(Objects.requireNonNull(id, "entity id"));
        }
        return edit(lockedState(eventId), Patch.NONE.withPlaces(wanted), editor).changed();
    }

    /**
     * Marks an event wrong (hidden: never shown, never deleted, never brought back by re-extraction) or right again.
     * An event merged into another has no source left and cannot be shown again: undo the merge instead.
     */
    @Transactional
    public boolean hide(long eventId, boolean hidden, String editor) {
        revision.written(eventId);
        durability.afterCommit();
        String who = editor(editor);
        Row row = read(eventId, true);
        if (row.hidden() == hidden) {
            return false;
        }
        if (!hidden && sources(eventId).isEmpty()) {
            throw new IllegalArgumentException("Event " + eventId
                    + " has no source left (it was merged into another event): undo that merge instead");
        }
        OffsetDateTime now = now();
        jdbc.sql("UPDATE event SET hidden = ? WHERE id = ?").params(hidden, eventId).update();
        touch(eventId, now);
        record(eventId, who, now, "hidden", Boolean.toString(row.hidden()), Boolean.toString(hidden));
        return true;
    }

    /**
     * Makes {@code otherId} part of {@code targetId}: the other's sources move to the target, its actors and places are
     * added to the target's (a role the target already gives stays), the target's regions follow. The target keeps its
     * title and date, and takes the other's date only when it has none. The other is hidden, not deleted: it keeps its
     * title, date, actors, places and history, and records where it went. A source whose passage the target already
     * has stays with the other (a passage is told once per event). The {@code merged_from} entry keeps what moved, so
     * that {@link #revert} undoes the merge exactly.
     */
    @Transactional
    public void merge(long targetId, long otherId, String editor) {
        revision.written(targetId, otherId);
        durability.afterCommit();
        String who = editor(editor);
        if (targetId == otherId) {
            throw new IllegalArgumentException("An event cannot be merged with itself");
        }
        // Both rows locked, in id order: two people merging the same pair the other way round wait, not deadlock.
        Row first = read(Math.min(targetId, otherId), true);
        Row second = read(Math.max(targetId, otherId), true);
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
        List<Map<String, Object>> moved = new ArrayList<>(otherSources);
        moved.removeAll(sources(otherId));
        Map<String, Role> addedActors = new TreeMap<>(actors(targetId));
        addedActors.keySet().removeAll(targetActors.keySet());
        Set<String> addedPlaces = new TreeSet<>(places(targetId));
        addedPlaces.removeAll(targetPlaces);
        boolean dateTaken = !target.date().dated() && other.date().dated();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("target", targetId);
        detail.put("other", otherId);
        detail.put("sources", moved);
        detail.put("actors", List.copyOf(addedActors.keySet()));
        detail.put("places", List.copyOf(addedPlaces));
        detail.put("date_taken", dateTaken);
        detail.put("target_date", target.date().json());
        String undo = json(detail);

        touch(targetId, now);
        record(targetId, who, now, "merged_from", null, Long.toString(otherId), undo, null);
        recordChange(targetId, who, now, "sources", json(targetSources), json(sources(targetId)));
        recordChange(targetId, who, now, "actors", actorsJson(targetActors), actorsJson(actors(targetId)));
        recordChange(targetId, who, now, "places", json(new TreeSet<>(targetPlaces)), json(new TreeSet<>(places(targetId))));
        recomputeRegions(targetId, who, now);
        if (dateTaken) {
            setDate(target, other.date(), who, now);
        }

        jdbc.sql("UPDATE event SET hidden = TRUE WHERE id = ?").param(otherId).update();
        touch(otherId, now);
        record(otherId, who, now, "merged_into", null, Long.toString(targetId), undo, null);
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
        durability.afterCommit();
        String who = editor(editor);
        Row row = read(eventId, true);
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
        EventDate date = row.date();
        if (source.start() != null) {
            date = passageDate(documentId, passageBegin, source.passageEnd(), source.start(), source.end(),
                    source.timexValue(), source.timexBegin(), row.dateHow());
        }
        OffsetDateTime now = now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO event (title, search_title, language, interval_start, interval_end, granularity, timex_value,
                            timex_mod, date_text, date_how, explanation, polarity, confidence, origin, hidden, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EDITED', FALSE, ?, ?)""")
                .params(row.title(), Folding.searchWords(row.title()), row.language(), date.start(), date.end(), date.granularity(), date.timexValue(),
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

    /**
     * Undoes one entry of the history: a field goes back to its old value (refused when it changed again since: revert
     * the later entry first), a merge is taken apart (the moved sources, added actors and places and a taken date go
     * back; the other event is shown again), a split is merged back. The revert is itself in the history, and can be
     * reverted. What follows from another change (sources, regions) is reverted with that change.
     *
     * @return the events it changed
     */
    @Transactional
    public List<Long> revert(long editId, String editor) {
        durability.afterCommit();
        String who = editor(editor);
        Edit entry = entry(editId);
        revision.written(entry.eventId());
        if (!entry.revertible()) {
            throw new IllegalArgumentException("The " + entry.field()
                    + " follow from another change of the same moment: revert that one");
        }
        Long reverted = jdbc.sql("SELECT id FROM event_edit WHERE reverts = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param(editId).query(Long.class).optional().orElse(null);
        if (reverted != null) {
            throw new IllegalArgumentException("Entry " + editId + " was already reverted (entry " + reverted + ")");
        }
        REVERTING.set(editId);
        try {
            return switch (entry.field()) {
                case "merged_from", "merged_into" -> undoMerge(entry, who);
                case "split_into" -> {
                    long created = Long.parseLong(entry.newValue());
                    merge(entry.eventId(), created, who);
                    yield List.of(entry.eventId(), created);
                }
                case "split_from" -> {
                    long original = Long.parseLong(entry.newValue());
                    merge(original, entry.eventId(), who);
                    yield List.of(original, entry.eventId());
                }
                default -> {
                    revertField(entry, who);
                    yield List.of(entry.eventId());
                }
            };
        } finally {
            REVERTING.remove();
        }
    }

    /** The entry being reverted while {@link #revert} runs (its writes are marked with it); transactions are per thread. */
    private static final ThreadLocal<Long> REVERTING = new ThreadLocal<>();

    private void revertField(Edit entry, String who) {
        if (entry.field().equals("date") && entry.oldValue() != null && EventDate.fromJson(entry.oldValue()) == null) {
            throw new IllegalArgumentException("This date entry predates full history (it says only "
                    + entry.oldValue() + "): set the date by hand");
        }
        EventState current = lockedState(entry.eventId());
        if (!Objects.equals(current.value(entry.field()), entry.newValue())) {
            throw new IllegalArgumentException("The " + entry.field()
                    + " changed again after this entry: revert the later entries first");
        }
        String old = entry.oldValue();
        switch (entry.field()) {
            case "title" -> edit(current, Patch.NONE.withTitle(old), who);
            case "date" -> edit(current, Patch.NONE.withDate(EventDate.fromJson(old)), who);
            case "actors" -> edit(current, Patch.NONE.withActors(actorsOf(old)), who);
            case "places" -> edit(current, Patch.NONE.withPlaces(new TreeSet<>(JSON.readValue(old,
                    new TypeReference<List<String>>() { }))), who);
            case "hidden" -> hide(entry.eventId(), Boolean.parseBoolean(old), who);
            default -> throw new IllegalArgumentException("Cannot revert " + entry.field());
        }
    }

    private List<Long> undoMerge(Edit entry, String who) {
        String detailJson = jdbc.sql("SELECT detail FROM event_edit WHERE id = ?").param(entry.id()).query(String.class)
                .single();
        if (detailJson == null) {
            throw new IllegalArgumentException("This merge predates full history: split the sources off instead");
        }
        Map<String, Object> detail = JSON.readValue(detailJson, new TypeReference<Map<String, Object>>() { });
        long targetId = ((Number) detail.get("target")).longValue();
        long otherId = ((Number) detail.get("other")).longValue();
        revision.written(targetId, otherId);
        // The pair's other entry (merged_from on the target, merged_into on the other) must not have been reverted.
        Long pair = jdbc.sql("""
                        SELECT e.id FROM event_edit e WHERE e.event_id = ? AND e.field_name = ? AND e.edited_at = ?
                          AND EXISTS (SELECT 1 FROM event_edit r WHERE r.reverts = e.id) FETCH FIRST 1 ROWS ONLY""")
                .params(entry.field().equals("merged_from") ? otherId : targetId,
                        entry.field().equals("merged_from") ? "merged_into" : "merged_from", entry.editedAt())
                .query(Long.class).optional().orElse(null);
        if (pair != null) {
            throw new IllegalArgumentException("This merge was already undone");
        }
        Row first = read(Math.min(targetId, otherId), true);
        Row second = read(Math.max(targetId, otherId), true);
        Row target = first.id() == targetId ? first : second;
        Row other = first.id() == otherId ? first : second;
        if (!other.hidden()) {
            throw new IllegalArgumentException("Event " + otherId + " is shown again: this merge cannot be undone");
        }
        OffsetDateTime now = now();
        List<Map<String, Object>> targetSources = sources(targetId);
        List<Map<String, Object>> otherSources = sources(otherId);
        Map<String, Role> targetActors = actors(targetId);
        Set<String> targetPlaces = places(targetId);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> moved = (List<Map<String, Object>>) detail.get("sources");
        for (Map<String, Object> source : moved) {
            jdbc.sql("""
                            UPDATE event_source SET event_id = ? WHERE event_id = ? AND document_id = ? AND passage_begin = ?
                              AND NOT EXISTS (SELECT 1 FROM event_source o WHERE o.event_id = ? AND o.document_id = ?
                                  AND o.passage_begin = ?)""")
                    .params(otherId, targetId, ((Number) source.get("document")).longValue(),
                            ((Number) source.get("begin")).intValue(), otherId,
                            ((Number) source.get("document")).longValue(), ((Number) source.get("begin")).intValue())
                    .update();
        }
        @SuppressWarnings("unchecked")
        List<String> addedActors = (List<String>) detail.get("actors");
        @SuppressWarnings("unchecked")
        List<String> addedPlaces = (List<String>) detail.get("places");
        if (!addedActors.isEmpty()) {
            jdbc.sql("DELETE FROM event_actor WHERE event_id = :id AND entity_id IN (:ids)")
                    .param("id", targetId).param("ids", addedActors).update();
        }
        if (!addedPlaces.isEmpty()) {
            jdbc.sql("DELETE FROM event_place WHERE event_id = :id AND entity_id IN (:ids)")
                    .param("id", targetId).param("ids", addedPlaces).update();
        }
        touch(targetId, now);
        record(targetId, who, now, "merged_from", Long.toString(otherId), null);
        recordChange(targetId, who, now, "sources", json(targetSources), json(sources(targetId)));
        recordChange(targetId, who, now, "actors", actorsJson(targetActors), actorsJson(actors(targetId)));
        recordChange(targetId, who, now, "places", json(new TreeSet<>(targetPlaces)), json(new TreeSet<>(places(targetId))));
        recomputeRegions(targetId, who, now);
        EventDate before = EventDate.fromJson((String) detail.get("target_date"));
        if (Boolean.TRUE.equals(detail.get("date_taken")) && before != null && target.date().sameAs(other.date())) {
            setDate(target, before, who, now);
        }
        jdbc.sql("UPDATE event SET hidden = FALSE WHERE id = ?").param(otherId).update();
        touch(otherId, now);
        record(otherId, who, now, "merged_into", Long.toString(targetId), null);
        recordChange(otherId, who, now, "sources", json(otherSources), json(sources(otherId)));
        record(otherId, who, now, "hidden", "true", "false");
        return List.of(targetId, otherId);
    }

    private Edit entry(long editId) {
        return jdbc.sql("""
                        SELECT id, event_id, editor, edited_at, field_name, old_value, new_value, reverts FROM event_edit
                        WHERE id = ?""")
                .param(editId).query(EDIT).optional()
                .orElseThrow(() -> new NoSuchElementException("No history entry " + editId));
    }

    private static final org.springframework.jdbc.core.RowMapper<Edit> EDIT = (rs, n) -> new Edit(rs.getLong(1),
            rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6),
            rs.getString(7), (Long) rs.getObject(8, Long.class));

    /** What people changed in an event, newest first. */
    public List<Edit> history(long eventId) {
        return jdbc.sql("""
                        SELECT id, event_id, editor, edited_at, field_name, old_value, new_value, reverts FROM event_edit
                        WHERE event_id = ? ORDER BY edited_at DESC, id DESC""")
                .param(eventId)
                .query(EDIT)
                .list();
    }

    /** A history value as a person reads it (a date as its description, not its JSON). */
    public static String describe(String field, String value) {
        if (value == null) {
            return null;
        }
        if (field.equals("date")) {
            EventDate date = EventDate.fromJson(value);
            return date == null ? value : date.describe();
        }
        return value;
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

    private boolean setDate(Row row, EventDate date, String editor, OffsetDateTime now) {
        EventDate before = row.date();
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
        record(row.id(), editor, now, "date", before.json(), date.json());
        return true;
    }

    /** No date ({@code date_how = UNDATED}, "date removed by <editor>"). */
    public static EventDate undated(String editor) {
        return new EventDate(null, null, null, null, null, null, DateHow.UNDATED.name(), "date removed by " + editor);
    }

    private static void requireYear(int year) {
        if (year < TemporalTagger.FIRST_YEAR || year > TemporalTagger.LAST_YEAR) {
            throw new IllegalArgumentException("A year from 1 to 9999, not " + year);
        }
    }

    /**
     * The period of the given precision that holds {@code day} ({@link CalendarPeriods#holding}) as an event's date,
     * {@code date_how = EDITED} and the explanation "set by <editor>".
     */
    public static EventDate dateAt(LocalDate day, Granularity precision, String editor) {
        CalendarPeriods.Period period = CalendarPeriods.holding(day, precision);
        return new EventDate(period.interval().start(), period.interval().end(), precision.name(), period.value(), null,
                null, DateHow.EDITED.name(), "set by " + editor);
    }

    /** The date a source's passage gives, with what the document's date expression says of it when it is still there. */
    private EventDate passageDate(long documentId, int passageBegin, int passageEnd, LocalDateTime start, LocalDateTime end,
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

    private static String granularityOf(String timexValue) {
        Granularity granularity = CalendarPeriods.granularityOf(timexValue);
        return granularity == null ? null : granularity.name();
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
            entityRows.ensure(entity);
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

    /** The event; with {@code lock}, its row locked until the transaction ends (two people editing it take turns). */
    private Row read(long eventId, boolean lock) {
        return jdbc.sql("""
                        SELECT id, title, language, interval_start, interval_end, granularity, timex_value, timex_mod,
                               date_text, date_how, explanation, polarity, confidence, hidden, version
                        FROM event WHERE id = ?""" + (lock ? " FOR UPDATE" : ""))
                .param(eventId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getDouble(13), rs.getBoolean(14), rs.getLong(15)))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("No event " + eventId));
    }

    private EventState lockedState(long eventId) {
        return state(read(eventId, true));
    }

    private EventState state(Row row) {
        return new EventState(row.id(), row.version(), row.title(), row.date(), actors(row.id()), places(row.id()),
                row.hidden());
    }

    private void writeActors(long eventId, Map<String, Role> actors) {
        jdbc.sql("DELETE FROM event_actor WHERE event_id = ?").param(eventId).update();
        actors.forEach((entity, role) -> jdbc.sql("INSERT INTO event_actor (event_id, entity_id, role) VALUES (?, ?, ?)")
                .params(eventId, entity, role.name()).update());
    }

    private void writePlaces(long eventId, Set<String> places) {
        jdbc.sql("DELETE FROM event_place WHERE event_id = ?").param(eventId).update();
        places.forEach(entity -> jdbc.sql("INSERT INTO event_place (event_id, entity_id) VALUES (?, ?)")
                .params(eventId, entity).update());
    }

    private Map<String, Role> actors(long eventId) {
        Map<String, Role> actors = new TreeMap<>();
        jdbc.sql("SELECT entity_id, role FROM event_actor WHERE event_id = ?").param(eventId)
                .query(rs -> {
                    actors.put(rs.getString(1), Role.valueOf(rs.getString(2)));
                });
        return actors;
    }

    private static Map<String, Role> actorsOf(String json) {
        Map<String, Role> actors = new TreeMap<>();
        for (Map<String, String> actor : JSON.readValue(json, new TypeReference<List<Map<String, String>>>() { })) {
            actors.put(actor.get("id"), Role.valueOf(actor.get("role")));
        }
        return actors;
    }

    private Set<String> places(long eventId) {
        return new TreeSet<>(jdbc.sql("SELECT entity_id FROM event_place WHERE event_id = ? ORDER BY entity_id")
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

    /** Marks the event a person's, and moves its version on (an editor who saw the older one is checked field by field). */
    private void touch(long eventId, OffsetDateTime now) {
        jdbc.sql("UPDATE event SET origin = 'EDITED', updated_at = ?, version = version + 1 WHERE id = ?")
                .params(now, eventId).update();
    }

    private void recordChange(long eventId, String editor, OffsetDateTime now, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            record(eventId, editor, now, field, before, after);
        }
    }

    private void record(long eventId, String editor, OffsetDateTime now, String field, String before, String after) {
        record(eventId, editor, now, field, before, after, null, REVERTING.get());
    }

    private void record(long eventId, String editor, OffsetDateTime now, String field, String before, String after,
                        String detail, Long reverts) {
        jdbc.sql("""
                        INSERT INTO event_edit (event_id, editor, edited_at, field_name, old_value, new_value, detail, reverts)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(eventId, editor, now, field, before, after, detail, reverts)
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

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A title cannot be blank");
        }
        String stripped = title.strip();
        if (stripped.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A title has at most " + TITLE_MAX + " characters");
        }
        return stripped;
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
