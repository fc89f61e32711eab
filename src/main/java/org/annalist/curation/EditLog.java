package org.annalist.curation;

import org.annalist.events.EventDate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What people changed in events (the {@code event_edit} rows): written by the curation services, read by the history
 * panel.
 */
@Repository
public class EditLog {

    private final JdbcClient jdbc;

    public EditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entry being reverted while a revert runs (its writes are marked with it); transactions are per thread. */
    static final ThreadLocal<Long> REVERTING = new ThreadLocal<>();

    Edit entry(long editId) {
        return jdbc.sql("""
                        SELECT id, event_id, editor, edited_at, field_name, old_value, new_value, reverts FROM event_edit
                        WHERE id = ?""")
                .param(editId).query(EDIT).optional()
                .orElseThrow(() -> new NoSuchElementException("No history entry " + editId));
    }

    static final org.springframework.jdbc.core.RowMapper<Edit> EDIT = (rs, n) -> new Edit(rs.getLong(1),
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

    void recordChange(long eventId, String editor, OffsetDateTime now, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            record(eventId, editor, now, field, before, after);
        }
    }

    void record(long eventId, String editor, OffsetDateTime now, String field, String before, String after) {
        record(eventId, editor, now, field, before, after, null, REVERTING.get());
    }

    void record(long eventId, String editor, OffsetDateTime now, String field, String before, String after,
                        String detail, Long reverts) {
        jdbc.sql("""
                        INSERT INTO event_edit (event_id, editor, edited_at, field_name, old_value, new_value, detail, reverts)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(eventId, editor, now, field, before, after, detail, reverts)
                .update();
    }
}
