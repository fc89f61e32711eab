package org.annalist.curation;

import java.time.OffsetDateTime;

/** An event a person marked wrong, for a list from which it can be restored. */
public record HiddenEvent(long id, String title, String timexValue, int sources, OffsetDateTime hiddenAt) {
}
