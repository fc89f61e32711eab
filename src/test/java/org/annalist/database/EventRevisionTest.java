package org.annalist.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import javax.sql.DataSource;
import org.annalist.support.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's revision moves once per writing transaction, by whichever process, remembers which events recent
 * writes changed, and says so when it cannot know.
 */
class EventRevisionTest {

    private DataSource source;
    private EventRevision revision;

    @BeforeEach
    void database() {
        source = FreshDatabase.migrated("revision");
        revision = new EventRevision(source);
    }

    @Test
    void collectsTheEventsChangedBetweenTwoRevisions() {
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
        revision.written(1);
        revision.written();
        revision.written(2);
        assertNull(revision.changedBetween(0, 3));
        assertEquals(Set.of(2L), revision.changedBetween(2, 3));
    }

    @Test
    void documentsAloneChangeNoEvent() {
        revision.documentsWritten();
        assertEquals(1, revision.current());
        assertEquals(Set.of(), revision.changedBetween(0, 1));
    }

    @Test
    void forgetsOldRevisions() {
        for (int i = 1; i <= 2000; i++) {
            revision.written(i);
        }
        assertNull(revision.changedBetween(0, 2000));
        assertEquals(Set.of(1998L, 1999L), revision.changedBetween(1997, 1999));
        long remembered = JdbcClient.create(source).sql("SELECT COUNT(*) FROM revision_log").query(Long.class).single();
        assertEquals(true, remembered <= EventRevision.REMEMBERED + 256, remembered + " revisions kept");
    }

    @Test
    void oneTransactionIsOneRevisionMovedAtItsCommit() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
        transaction.executeWithoutResult(status -> {
            revision.written(5);
            revision.written(6, 7);
            assertEquals(0, new EventRevision(source).check(), "not before the commit");
        });
        assertEquals(1, revision.current());
        assertEquals(Set.of(5L, 6L, 7L), revision.changedBetween(0, 1));
    }

    @Test
    void aRolledBackWriteLeavesTheRevision() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
        assertThrows(IllegalStateException.class, () -> transaction.executeWithoutResult(status -> {
            revision.written(5);
            throw new IllegalStateException("the write fails");
        }));
        assertEquals(0, revision.check());
    }

    @Test
    void anotherProcessSeesTheWritesWithinAMoment() throws InterruptedException {
        EventRevision other = new EventRevision(source);
        assertEquals(0, other.current());
        revision.written(9);
        assertEquals(1, other.check());
        revision.written(10);
        Thread.sleep(EventRevision.MAX_AGE_NANOS / 1_000_000 + 50);
        assertEquals(2, other.current(), "read again once the copy at hand is old");
        assertEquals(Set.of(9L, 10L), other.changedBetween(0, 2));
    }
}
