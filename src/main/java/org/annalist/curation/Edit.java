package org.annalist.curation;

import java.time.OffsetDateTime;

/**
 * One change to one field of an event.
 *
 * @param field    {@code title}, {@code date}, {@code actors}, {@code places}, {@code regions}, {@code hidden},
 *                 {@code sources}, {@code created} (added by hand), {@code merged_from}, {@code merged_into}, {@code split_from}, {@code split_into}
 * @param oldValue the value before, as text (null when there was none; a date as JSON, see {@link EventCuration#describe})
 * @param newValue the value after, as text (null when there is none)
 * @param reverts  the entry this one undoes, or null
 */
public record Edit(long id, long eventId, String editor, OffsetDateTime editedAt, String field, String oldValue,
                   String newValue, Long reverts) {

    public Edit(long id, long eventId, String editor, OffsetDateTime editedAt, String field, String oldValue,
                String newValue) {
        this(id, eventId, editor, editedAt, field, oldValue, newValue, null);
    }

    /** Whether {@link EventCuration#revert} can undo it (a field a person sets, a merge, a split; not what follows from them). */
    public boolean revertible() {
        return EventCuration.FIELDS.contains(field) || field.equals("created") || field.startsWith("merged_")
                || field.startsWith("split_");
    }
}
