package org.annalist.curation;

import org.annalist.events.EventDate;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.database.Durability;
import org.annalist.database.EventRevision;
import org.annalist.event.DateHow;
import org.annalist.event.Polarity;
import org.annalist.event.Role;
import org.annalist.events.ExtractionRepository;
import org.annalist.lang.Folding;
import org.annalist.temporal.CalendarPeriods;
import org.annalist.temporal.Granularity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

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
@Service
public class EventCuration {

    /** The precisions a person picks for a date. */
    public static final List<Granularity> PRECISIONS = CalendarPeriods.PRECISIONS;

    /** The fields a person edits, as the history names them. */
    public static final List<String> FIELDS = List.of("title", "date", "actors", "places", "polarity", "note", "hidden");

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

    private final JdbcClient jdbc;
    private final EventRevision revision;
    private final Durability durability;
    private final CurationRows rows;
    private final EditLog log;
    private final EventMerges merges;

    public EventCuration(JdbcClient jdbc, EventRevision revision, Durability durability, CurationRows rows, EditLog log,
                         EventMerges merges) {
        this.jdbc = jdbc;
        this.revision = revision;
        this.durability = durability;
        this.rows = rows;
        this.log = log;
        this.merges = merges;
    }

    /** What people changed in an event, newest first. */
    public List<Edit> history(long eventId) {
        return log.history(eventId);
    }

    /** The events marked wrong (merged ones included), most recently changed first, at most {@code limit}. */
    public List<HiddenEvent> hiddenEvents(int limit) {
        return log.hiddenEvents(limit);
    }

    /** Makes {@code otherId} part of {@code targetId} ({@link EventMerges#merge}). */
    @PreAuthorize("hasRole('EDITOR')")
    public void merge(long targetId, long otherId, String editor) {
        merges.merge(targetId, otherId, editor);
    }

    /** A source of an event becomes an event of its own ({@link EventMerges#split}); the new event's id. */
    @PreAuthorize("hasRole('EDITOR')")
    public long split(long eventId, long documentId, int passageBegin, String editor) {
        return merges.split(eventId, documentId, passageBegin, editor);
    }

    /** The event as a person is shown it before editing. */
    public EventState state(long eventId) {
        return rows.stateOf(rows.read(eventId, false));
    }

    /**
     * Writes the fields the person changed (those of {@code patch} that differ from {@code shown}), and only those.
     * A field changed meanwhile by someone else is kept when the person did not change it; when both changed it to
     * different values, nothing is written and {@link EditConflict} says which fields, with the current state.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public EditResult edit(EventState shown, Patch patch, String editor) {
        long eventId = shown.id();
        revision.written(eventId);
        // "Saved" is said after the commit: the change is on the disk by then.
        durability.afterCommit();
        String who = CurationRows.editor(editor);
        String title = patch.title() == null ? null : CurationRows.title(patch.title());
        if (patch.date() != null && patch.date().dated()) {
            CurationRows.requireYear(patch.date().start().getYear());
        }
        Map<String, Role> actors = patch.actors() == null ? null : new TreeMap<>(patch.actors());
        Set<String> places = patch.places() == null ? null : new TreeSet<>(patch.places());
        if (actors != null) {
            rows.requireEntities(actors.keySet());
        }
        if (places != null) {
            rows.requireEntities(places);
        }
        CurationRows.Row row = rows.read(eventId, true);
        EventState current = rows.stateOf(row);

        boolean titleEdited = title != null && !title.equals(shown.title());
        boolean dateEdited = patch.date() != null && !patch.date().sameAs(shown.date());
        boolean actorsEdited = actors != null && !actors.equals(shown.actors());
        boolean placesEdited = places != null && !places.equals(shown.places());
        boolean polarityEdited = patch.polarity() != null && patch.polarity() != shown.polarity();
        String note = patch.note() == null ? null : patch.note().isBlank() ? "" : patch.note();
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("A note is at most " + NOTE_MAX + " characters");
        }
        boolean noteEdited = note != null && !Objects.equals(note.isEmpty() ? null : note, shown.note());
        List<String> conflicts = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        check("title", titleEdited, shown.title(), current.title(), title, Objects::equals, conflicts, kept);
        check("date", dateEdited, shown.date(), current.date(), patch.date(), EventDate::sameAs, conflicts, kept);
        check("actors", actorsEdited, shown.actors(), current.actors(), actors, Objects::equals, conflicts, kept);
        check("places", placesEdited, shown.places(), current.places(), places, Objects::equals, conflicts, kept);
        check("polarity", polarityEdited, shown.polarity(), current.polarity(), patch.polarity(), Objects::equals,
                conflicts, kept);
        String wantedNote = note == null || note.isEmpty() ? null : note;
        check("note", noteEdited, shown.note(), current.note(), wantedNote, Objects::equals, conflicts, kept);
        if (current.hidden() != shown.hidden()) {
            kept.add("hidden");
        }
        if (!conflicts.isEmpty()) {
            throw new EditConflict(conflicts, current);
        }
        OffsetDateTime now = CurationRows.now();
        boolean changed = false;
        if (titleEdited && !title.equals(current.title())) {
            jdbc.sql("UPDATE event SET title = ?, search_title = ? WHERE id = ?").params(title, Folding.searchWords(title), eventId)
                    .update();
            log.record(eventId, who, now, "title", current.title(), title);
            changed = true;
        }
        if (dateEdited) {
            changed |= rows.setDate(row, patch.date(), who, now);
        }
        if (noteEdited && !Objects.equals(wantedNote, current.note())) {
            jdbc.sql("UPDATE event SET note = ? WHERE id = ?").params(wantedNote, eventId).update();
            log.record(eventId, who, now, "note", current.note(), wantedNote);
            changed = true;
        }
        if (polarityEdited && patch.polarity() != current.polarity()) {
            jdbc.sql("UPDATE event SET polarity = ? WHERE id = ?").params(patch.polarity().name(), eventId).update();
            log.record(eventId, who, now, "polarity", current.polarity().name(), patch.polarity().name());
            changed = true;
        }
        boolean entities = false;
        if (actorsEdited && !actors.equals(current.actors())) {
            rows.writeActors(eventId, actors);
            log.record(eventId, who, now, "actors", CurationRows.actorsJson(current.actors()), CurationRows.actorsJson(actors));
            entities = true;
        }
        if (placesEdited && !places.equals(current.places())) {
            rows.writePlaces(eventId, places);
            log.record(eventId, who, now, "places", CurationRows.json(current.places()), CurationRows.json(places));
            entities = true;
        }
        if (entities) {
            rows.recomputeRegions(eventId, who, now);
        }
        changed |= entities;
        if (changed) {
            rows.touch(eventId, now);
        }
        return new EditResult(changed, kept, changed ? rows.stateOf(rows.read(eventId, false)) : current);
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
    @PreAuthorize("hasRole('EDITOR')")
    public boolean editTitle(long eventId, String title, String editor) {
        return edit(rows.lockedState(eventId), Patch.NONE.withTitle(Objects.requireNonNullElse(title, "")), editor).changed();
    }

    /**
     * Sets the date to the period of the given precision that holds {@code day} (see {@link #dateAt}). A null
     * {@code day} clears the date: the event becomes undated (see {@link #clearDate}).
     *
     * @param precision one of {@link #PRECISIONS}
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public boolean editDate(long eventId, LocalDate day, Granularity precision, String editor) {
        String who = CurationRows.editor(editor);
        EventDate date = day == null ? undated(who) : dateAt(day, precision, who);
        return edit(rows.lockedState(eventId), Patch.NONE.withDate(date), who).changed();
    }

    /** Removes the date: the event is listed as undated ({@code date_how = UNDATED}, "date removed by <editor>"). */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public boolean clearDate(long eventId, String editor) {
        return editDate(eventId, null, null, editor);
    }

    /**
     * Sets the actors (the list replaces them; empty removes them all). Each must be a known entity: one of the
     * database or of the dictionary (added to the database then). The event's regions follow.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public boolean setActors(long eventId, List<Actor> actors, String editor) {
        Map<String, Role> wanted = new LinkedHashMap<>();
        for (Actor actor : actors) {
            if (wanted.put(actor.entityId(), actor.role()) != null) {
                throw new IllegalArgumentException("Actor listed twice: " + actor.entityId());
            }
        }
        return edit(rows.lockedState(eventId), Patch.NONE.withActors(wanted), editor).changed();
    }

    /**
     * Sets the places (the list replaces them; empty removes them all; a place listed twice counts once). Each must be
     * a known entity, as for actors. The event's regions follow.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public boolean setPlaces(long eventId, List<String> entityIds, String editor) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : entityIds) {
            wanted.add(Objects.requireNonNull(id, "entity id"));
        }
        return edit(rows.lockedState(eventId), Patch.NONE.withPlaces(wanted), editor).changed();
    }

    /**
     * Marks an event wrong (hidden: never shown, never deleted, never brought back by re-extraction) or right again.
     * An event merged into another has no source left and cannot be shown again: undo the merge instead.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public boolean hide(long eventId, boolean hidden, String editor) {
        revision.written(eventId);
        durability.afterCommit();
        String who = CurationRows.editor(editor);
        CurationRows.Row row = rows.read(eventId, true);
        if (row.hidden() == hidden) {
            return false;
        }
        if (!hidden && rows.sources(eventId).isEmpty()) {
            throw new IllegalArgumentException("Event " + eventId
                    + " has no source left (it was merged into another event): undo that merge instead");
        }
        OffsetDateTime now = CurationRows.now();
        jdbc.sql("UPDATE event SET hidden = ? WHERE id = ?").params(hidden, eventId).update();
        rows.touch(eventId, now);
        log.record(eventId, who, now, "hidden", Boolean.toString(row.hidden()), Boolean.toString(hidden));
        return true;
    }

    /**
     * Marks several events wrong at once (a batch of junk picked on the grid), in one transaction: each in the history
     * as if hidden one by one. Returns how many were not hidden already.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public int hideAll(java.util.Collection<Long> eventIds, String editor) {
        int hidden = 0;
        for (long id : new java.util.TreeSet<>(eventIds)) {
            if (hide(id, true, editor)) {
                hidden++;
            }
        }
        return hidden;
    }

    /**
     * Merges several events into one, in one transaction: into the one told by the most documents (the oldest on a
     * tie), each other's merge in the histories as if made one by one (each can be undone). Returns the kept event.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long mergeAll(java.util.Collection<Long> eventIds, String editor) {
        List<Long> ids = List.copyOf(new TreeSet<>(eventIds));
        if (ids.size() < 2) {
            throw new IllegalArgumentException("Merging needs at least two events");
        }
        long target = ids.getFirst();
        int most = -1;
        for (long id : ids) {
            int documents = (int) rows.sources(id).stream().map(source -> source.get("document")).distinct().count();
            if (documents > most) {
                most = documents;
                target = id;
            }
        }
        for (long id : ids) {
            if (id != target) {
                merges.merge(target, id, editor);
            }
        }
        return target;
    }

    /** Sets the date of several events at once (one transaction, each in its own history); how many changed. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public int setDateAll(java.util.Collection<Long> eventIds, EventDate date, String editor) {
        int changed = 0;
        for (long id : new TreeSet<>(eventIds)) {
            if (edit(rows.lockedState(id), Patch.NONE.withDate(date), editor).changed()) {
                changed++;
            }
        }
        return changed;
    }

    /** Adds an actor (with its role) to several events at once; how many changed (those that had it keep theirs). */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public int addActorAll(java.util.Collection<Long> eventIds, String entityId, Role role, String editor) {
        int changed = 0;
        for (long id : new TreeSet<>(eventIds)) {
            EventState state = rows.lockedState(id);
            if (state.actors().containsKey(entityId)) {
                continue;
            }
            Map<String, Role> actors = new TreeMap<>(state.actors());
            actors.put(entityId, Objects.requireNonNull(role, "role"));
            if (edit(state, Patch.NONE.withActors(actors), editor).changed()) {
                changed++;
            }
        }
        return changed;
    }

    /** Adds a place to several events at once; how many changed. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public int addPlaceAll(java.util.Collection<Long> eventIds, String entityId, String editor) {
        int changed = 0;
        for (long id : new TreeSet<>(eventIds)) {
            EventState state = rows.lockedState(id);
            Set<String> places = new TreeSet<>(state.places());
            if (places.add(entityId) && edit(state, Patch.NONE.withPlaces(places), editor).changed()) {
                changed++;
            }
        }
        return changed;
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
    @PreAuthorize("hasRole('EDITOR')")
    public List<Long> revert(long editId, String editor) {
        durability.afterCommit();
        String who = CurationRows.editor(editor);
        Edit entry = log.entry(editId);
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
        EditLog.REVERTING.set(editId);
        try {
            return switch (entry.field()) {
                case "merged_from", "merged_into" -> merges.undoMerge(entry, who);
                case "split_into" -> {
                    long created = Long.parseLong(entry.newValue());
                    merge(entry.eventId(), created, who);
                    yield List.of(entry.eventId(), created);
                }
                case "created" -> {
                    // An event added by hand is undone as any event is: marked wrong (never deleted).
                    hide(entry.eventId(), true, who);
                    yield List.of(entry.eventId());
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
            EditLog.REVERTING.remove();
        }
    }

    private void revertField(Edit entry, String who) {
        if (entry.field().equals("date") && entry.oldValue() != null && EventDate.fromJson(entry.oldValue()) == null) {
            throw new IllegalArgumentException("This date entry predates full history (it says only "
                    + entry.oldValue() + "): set the date by hand");
        }
        EventState current = rows.lockedState(entry.eventId());
        if (!Objects.equals(current.value(entry.field()), entry.newValue())) {
            throw new IllegalArgumentException("The " + entry.field()
                    + " changed again after this entry: revert the later entries first");
        }
        String old = entry.oldValue();
        switch (entry.field()) {
            case "title" -> edit(current, Patch.NONE.withTitle(old), who);
            case "date" -> edit(current, Patch.NONE.withDate(EventDate.fromJson(old)), who);
            case "actors" -> edit(current, Patch.NONE.withActors(CurationRows.actorsOf(old)), who);
            case "places" -> edit(current, Patch.NONE.withPlaces(new TreeSet<>(CurationRows.JSON.readValue(old,
                    new TypeReference<List<String>>() { }))), who);
            case "hidden" -> hide(entry.eventId(), Boolean.parseBoolean(old), who);
            case "polarity" -> edit(current, Patch.NONE.withPolarity(Polarity.valueOf(old)), who);
            case "note" -> edit(current, Patch.NONE.withNote(old == null ? "" : old), who);
            default -> throw new IllegalArgumentException("Cannot revert " + entry.field());
        }
    }

    /** The longest note a person writes on an event. */
    public static final int NOTE_MAX = 4000;

    /**
     * Adds an event by hand ({@code origin = ADDED}: re-extraction never replaces it, and an extracted event of the same
     * passage is not added again). Its history starts with "created"; reverting that entry marks it wrong. A source
     * passage is found in the document's text by its words (spaces and line breaks need not match); one that the
     * document does not hold is refused. Returns the new event's id.
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long add(NewEvent event, String editor) {
        durability.afterCommit();
        String who = CurationRows.editor(editor);
        String title = CurationRows.title(event.title());
        EventDate date = event.date();
        if (date == null || !date.dated()) {
            date = new EventDate(null, null, null, null, null, null, DateHow.UNDATED.name(), "no date given by " + who);
        } else {
            CurationRows.requireYear(date.start().getYear());
        }
        String note = event.note() == null || event.note().isBlank() ? null : event.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("A note is at most " + NOTE_MAX + " characters");
        }
        rows.requireEntities(event.actors().keySet());
        rows.requireEntities(event.places());
        int[] passage = null;
        String language = null;
        String words = null;
        if (event.source() != null) {
            long documentId = event.source().documentId();
            String text = jdbc.sql("SELECT content FROM document WHERE id = ?").param(documentId).query(String.class)
                    .optional().orElseThrow(() -> new IllegalArgumentException("No document " + documentId));
            passage = Passages.find(text, event.source().words());
            if (passage == null) {
                throw new IllegalArgumentException("Document " + documentId + " does not hold this passage: "
                        + CurationRows.shortened(event.source().words()));
            }
            words = text.substring(passage[0], passage[1]);
            language = jdbc.sql("SELECT language FROM document WHERE id = ?").param(documentId).query(String.class)
                    .optional().orElse(null);
        }
        OffsetDateTime now = CurationRows.now();
        org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        List<Object> params = new ArrayList<>(List.of(title, Folding.searchWords(title)));
        params.add(language);
        params.addAll(java.util.Arrays.asList(date.columns()));
        params.addAll(java.util.Arrays.asList(note, now, now));
        jdbc.sql("INSERT INTO event (title, search_title, language, " + EventDate.COLUMNS
                        + ", polarity, confidence, origin, hidden, note, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AFFIRMED', 1.0, 'ADDED', FALSE, ?, ?, ?)")
                .params(params)
                .update(key, "id");
        long id = key.getKey().longValue();
        revision.written(id);
        log.record(id, who, now, "created", null, title);
        if (!event.actors().isEmpty()) {
            Map<String, org.annalist.event.Role> actors = new TreeMap<>(event.actors());
            rows.writeActors(id, actors);
            log.record(id, who, now, "actors", null, CurationRows.actorsJson(actors));
        }
        if (!event.places().isEmpty()) {
            Set<String> places = new TreeSet<>(event.places());
            rows.writePlaces(id, places);
            log.record(id, who, now, "places", null, CurationRows.json(places));
        }
        rows.recomputeRegions(id, who, now);
        if (passage != null) {
            long documentId = event.source().documentId();
            jdbc.sql("""
                            INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text,
                                search_passage, interval_start, interval_end)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, documentId, passage[0], passage[1], words, Folding.searchWords(words), date.start(),
                            date.end())
                    .update();
            log.record(id, who, now, "sources", null, CurationRows.json(rows.sources(id)));
        }
        return id;
    }

    /** No date ({@code date_how = UNDATED}, "date removed by <editor>"). */
    public static EventDate undated(String editor) {
        return new EventDate(null, null, null, null, null, null, DateHow.UNDATED.name(), "date removed by " + editor);
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

}
