package org.annalist.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The revision remembers which events recent writes changed, and says so when it cannot know. */
class EventRevisionTest {

    @Test
    void collectsTheEventsChangedBetweenTwoRevisions() {
        EventRevision revision = new EventRevision();
        revision.written(1, 2);
        revision.written(3);
        revision.written(2);
        assertEquals(3, revision.current());
        assertEquals(Set.of(1L, 2L, 3L), revision.changedBetween(0, 3));
        assertEquals(Set.of(2L, 3L), revision.changedBetween(1, 3));
        assertEquals(Set.of(), revision.changedBetween(3, 3));
        assertNull(revision.changedBetween(2, 4), "a revision not written yet");
    }

    @Test
    void aWriteThatDoesNotSayMakesTheChangesUnknown() {
        EventRevision revision = new EventRevision();
        revision.written(1);
        revision.written();
        revision.written(2);
        assertNull(revision.changedBetween(0, 3));
        assertEquals(Set.of(2L), revision.changedBetween(2, 3));
    }

    @Test
    void forgetsOldRevisions() {
        EventRevision revision = new EventRevision();
        for (int i = 0; i < 2000; i++) {
            revision.written(i);
        }
        assertNull(revision.changedBetween(0, 2000));
        assertEquals(Set.of(1998L, 1999L), revision.changedBetween(1998, 2000));
    }
}
