package org.annalist.curation;

import org.annalist.events.EventDate;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.annalist.database.Durability;
import org.annalist.database.EventRevision;
import org.annalist.event.Role;
import org.annalist.lang.Folding;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * Merging two events a person says are one, and splitting a source off into an event of its own; both are in the
 * history and can be reverted ({@link EventCuration#revert}).
 */
@Service
public class EventMerges {

    private final JdbcClient jdbc;
    private final EventRevision revision;
    private final Durability durability;
    private final CurationRows rows;
    private final EditLog log;

    EventMerges(JdbcClient jdbc, EventRevision revision, Durability durability, CurationRows rows, EditLog log) {
        this.jdbc = jdbc;
        this.revision = revision;
        this.durability = durability;
        this.rows = rows;
        this.log = log;
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
    @PreAuthorize("hasRole('EDITOR')")
    public void merge(long targetId, long otherId, String editor) {
        revision.written(targetId, otherId);
        durability.afterCommit();
        String who = CurationRows.editor(editor);
        if (targetId == otherId) {
            throw new IllegalArgumentException("An event cannot be merged with itself");
        }
        // Both rows locked, in id order: two people merging the same pair the other way round wait, not deadlock.
        CurationRows.Row first = rows.read(Math.min(targetId, otherId), true);
        CurationRows.Row second = rows.read(Math.max(targetId, otherId), true);
        CurationRows.Row target = first.id() == targetId ? first : second;
        CurationRows.Row other = first.id() == otherId ? first : second;
        if (target.hidden() || other.hidden()) {
            throw new IllegalArgumentException("Event " + (target.hidden() ? targetId : otherId)
                    + " is marked wrong: show it again before merging");
        }
        OffsetDateTime now = CurationRows.now();
        List<Map<String, Object>> targetSources = rows.sources(targetId);
        List<Map<String, Object>> otherSources = rows.sources(otherId);
        Map<String, Role> targetActors = rows.actors(targetId);
        Set<String> targetPlaces = rows.places(targetId);

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
        moved.removeAll(rows.sources(otherId));
        Map<String, Role> addedActors = new TreeMap<>(rows.actors(targetId));
        addedActors.keySet().removeAll(targetActors.keySet());
        Set<String> addedPlaces = new TreeSet<>(rows.places(targetId));
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
        String undo = CurationRows.json(detail);

        rows.touch(targetId, now);
        log.record(targetId, who, now, "merged_from", null, Long.toString(otherId), undo, null);
        log.recordChange(targetId, who, now, "sources", CurationRows.json(targetSources), CurationRows.json(rows.sources(targetId)));
        log.recordChange(targetId, who, now, "actors", CurationRows.actorsJson(targetActors), CurationRows.actorsJson(rows.actors(targetId)));
        log.recordChange(targetId, who, now, "places", CurationRows.json(new TreeSet<>(targetPlaces)), CurationRows.json(new TreeSet<>(rows.places(targetId))));
        rows.recomputeRegions(targetId, who, now);
        if (dateTaken) {
            rows.setDate(target, other.date(), who, now);
        }

        jdbc.sql("UPDATE event SET hidden = TRUE WHERE id = ?").param(otherId).update();
        rows.touch(otherId, now);
        log.record(otherId, who, now, "merged_into", null, Long.toString(targetId), undo, null);
        log.recordChange(otherId, who, now, "sources", CurationRows.json(otherSources), CurationRows.json(rows.sources(otherId)));
        log.record(otherId, who, now, "hidden", "false", "true");
    }

    /**
     * Takes one source (a passage of a document) out of an event into a new {@code EDITED} event with the same title,
     * actors, places and regions, dated by the date that passage gives when it gives one (else the event's date). The
     * event keeps its own date. Refused when the event has a single source, or is hidden.
     *
     * @return the id of the new event
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public long split(long eventId, long documentId, int passageBegin, String editor) {
        revision.written(eventId);
        durability.afterCommit();
        String who = CurationRows.editor(editor);
        CurationRows.Row row = rows.read(eventId, true);
        if (row.hidden()) {
            throw new IllegalArgumentException("Event " + eventId + " is marked wrong: show it again before splitting");
        }
        List<Map<String, Object>> before = rows.sources(eventId);
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
            date = rows.passageDate(documentId, passageBegin, source.passageEnd(), source.start(), source.end(),
                    source.timexValue(), source.timexBegin(), row.dateHow());
        }
        OffsetDateTime now = CurationRows.now();
        KeyHolder key = new GeneratedKeyHolder();
        List<Object> params = new ArrayList<>(Arrays.asList(row.title(), Folding.searchWords(row.title()), row.language()));
        params.addAll(Arrays.asList(date.columns()));
        params.addAll(Arrays.asList(row.polarity(), row.confidence(), now, now));
        jdbc.sql("INSERT INTO event (title, search_title, language, " + EventDate.COLUMNS
                        + ", polarity, confidence, origin, hidden, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'EDITED', FALSE, ?, ?)")
                .params(params)
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
        rows.touch(eventId, now);
        log.record(eventId, who, now, "split_into", null, Long.toString(created));
        log.record(eventId, who, now, "sources", CurationRows.json(before), CurationRows.json(rows.sources(eventId)));
        log.record(created, who, now, "split_from", null, Long.toString(eventId));
        return created;
    }

    List<Long> undoMerge(Edit entry, String who) {
        String detailJson = jdbc.sql("SELECT detail FROM event_edit WHERE id = ?").param(entry.id()).query(String.class)
                .single();
        if (detailJson == null) {
            throw new IllegalArgumentException("This merge predates full history: split the sources off instead");
        }
        Map<String, Object> detail = CurationRows.JSON.readValue(detailJson, new TypeReference<Map<String, Object>>() { });
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
        CurationRows.Row first = rows.read(Math.min(targetId, otherId), true);
        CurationRows.Row second = rows.read(Math.max(targetId, otherId), true);
        CurationRows.Row target = first.id() == targetId ? first : second;
        CurationRows.Row other = first.id() == otherId ? first : second;
        if (!other.hidden()) {
            throw new IllegalArgumentException("Event " + otherId + " is shown again: this merge cannot be undone");
        }
        OffsetDateTime now = CurationRows.now();
        List<Map<String, Object>> targetSources = rows.sources(targetId);
        List<Map<String, Object>> otherSources = rows.sources(otherId);
        Map<String, Role> targetActors = rows.actors(targetId);
        Set<String> targetPlaces = rows.places(targetId);
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
        rows.touch(targetId, now);
        log.record(targetId, who, now, "merged_from", Long.toString(otherId), null);
        log.recordChange(targetId, who, now, "sources", CurationRows.json(targetSources), CurationRows.json(rows.sources(targetId)));
        log.recordChange(targetId, who, now, "actors", CurationRows.actorsJson(targetActors), CurationRows.actorsJson(rows.actors(targetId)));
        log.recordChange(targetId, who, now, "places", CurationRows.json(new TreeSet<>(targetPlaces)), CurationRows.json(new TreeSet<>(rows.places(targetId))));
        rows.recomputeRegions(targetId, who, now);
        EventDate before = EventDate.fromJson((String) detail.get("target_date"));
        if (Boolean.TRUE.equals(detail.get("date_taken")) && before != null && target.date().sameAs(other.date())) {
            rows.setDate(target, before, who, now);
        }
        jdbc.sql("UPDATE event SET hidden = FALSE WHERE id = ?").param(otherId).update();
        rows.touch(otherId, now);
        log.record(otherId, who, now, "merged_into", Long.toString(targetId), null);
        log.recordChange(otherId, who, now, "sources", CurationRows.json(otherSources), CurationRows.json(rows.sources(otherId)));
        log.record(otherId, who, now, "hidden", "true", "false");
        return List.of(targetId, otherId);
    }
}
