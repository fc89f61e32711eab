package org.annalist.database;


import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database's change counter ({@code data_revision}): every write to documents, events, their sources, actors or
 * regions moves it on in the writer's own transaction, whichever process writes (this web app, the command line,
 * another instance on the same database), and records which events it changed when it knows (a correction, an
 * import) or that any may have changed. A reader that sees revision N sees every row written up to N, so what is
 * computed from the events (the timeline index) is valid for the revision it was read at and can be brought up
 * to date with the events changed since.
 *
 * <p>This process's own writes are seen at once; another's within {@link #MAX_AGE_NANOS} of the next question (the
 * counter is read again, one indexed single-row read, when the copy at hand is older than that).
 */
@Component
public class EventRevision {

    /** How many revisions remember the events they changed (older entries are pruned). */
    static final int REMEMBERED = 1024;
    /** A revision read longer ago than this is read again before it is answered. */
    static final long MAX_AGE_NANOS = 200_000_000L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;
    private final AtomicLong known = new AtomicLong(-1);
    private volatile long readAt;
    /** The last answer of {@link #changedBetween}, asked again by every question while an index is being rebuilt. */
    private volatile Changes lastChanges;

    private record Changes(long since, long upTo, Set<Long> events) {
    }

    /** What one transaction changed, written as one revision just before it commits. */
    private static final class Pending {
        final Set<Long> events = new HashSet<>();
        boolean allEvents;
    }

    public EventRevision(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The database's revision, read again when the one at hand is older than {@link #MAX_AGE_NANOS}. */
    public long current() {
        long now = System.nanoTime();
        if (known.get() < 0 || now - readAt > MAX_AGE_NANOS) {
            return check();
        }
        return known.get();
    }

    /** The database's revision, read now. */
    public long check() {
        long read = jdbc.sql("SELECT revision FROM data_revision WHERE id = 1").query(Long.class).single();
        readAt = System.nanoTime();
        return known.accumulateAndGet(read, Math::max);
    }

    /** Called by a writer, inside its transaction, when any event may have changed (see {@link #written(long...)}). */
    public void written() {
        pending(pending -> pending.allEvents = true);
    }

    /** Called by a writer, inside its transaction, when it changed documents and no event. */
    public void documentsWritten() {
        pending(pending -> { });
    }

    /**
     * Called by a writer, inside its transaction, with the events it changes (their rows, sources, actors, places or
     * regions; a new event too). The revision moves once per transaction, just before it
     * commits: a reader that sees the new revision sees the new rows, and a rollback takes the revision back with them.
     */
    public void written(long... eventIds) {
        pending(pending -> {
            for (long id : eventIds) {
                pending.events.add(id);
            }
        });
    }

    /**
     * The events changed after revision {@code since} up to {@code upTo}, or null when that is not known (a write
     * that did not say, revisions too old to be remembered, or not yet committed).
     */
    public Set<Long> changedBetween(long since, long upTo) {
        if (since == upTo) {
            return Set.of();
        }
        if (upTo - since > REMEMBERED || upTo < since) {
            return null;
        }
        Changes last = lastChanges;
        if (last != null && last.since == since && last.upTo == upTo) {
            return last.events;
        }
        record Log(long revisions, boolean anyAll) {
        }
        Log log = jdbc.sql("""
                        SELECT COUNT(*), COALESCE(MAX(CASE WHEN all_events THEN 1 ELSE 0 END), 0) FROM revision_log
                        WHERE revision > ? AND revision <= ?""")
                .params(since, upTo)
                .query((rs, row) -> new Log(rs.getLong(1), rs.getInt(2) == 1)).single();
        if (log.revisions() != upTo - since || log.anyAll()) {
            return null;
        }
        Set<Long> events = Set.copyOf(jdbc.sql("SELECT DISTINCT event_id FROM revision_event WHERE revision > ? AND revision <= ?")
                .params(since, upTo).query(Long.class).list());
        lastChanges = new Changes(since, upTo, events);
        return events;
    }

    private void pending(java.util.function.Consumer<Pending> change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // A write outside any transaction (a test's hand-made rows): its revision in a transaction of its own.
            Pending alone = new Pending();
            change.accept(alone);
            long written = ownTransaction.execute(status -> write(alone));
            known.accumulateAndGet(written, Math::max);
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending fresh = new Pending();
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                private long written = -1;

                @Override
                public void beforeCommit(boolean readOnly) {
                    written = write(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(EventRevision.this);
                    if (status == STATUS_COMMITTED && written >= 0) {
                        known.accumulateAndGet(written, Math::max);
                    }
                }
            });
            pending = fresh;
        }
        change.accept(pending);
    }

    /** Moves the counter on and records what changed, in the current transaction; the new revision. */
    private long write(Pending pending) {
        // The update locks the row until the commit: writers of any process take revisions one after the other.
        jdbc.sql("UPDATE data_revision SET revision = revision + 1 WHERE id = 1").update();
        long revision = jdbc.sql("SELECT revision FROM data_revision WHERE id = 1").query(Long.class).single();
        jdbc.sql("INSERT INTO revision_log (revision, all_events, written_at) VALUES (?, ?, ?)")
                .params(revision, pending.allEvents, Timestamp.from(Instant.now())).update();
        if (!pending.allEvents && !pending.events.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(pending.events.size());
            for (long id : pending.events) {
                rows.add(new Object[] {revision, id});
            }
            batch.batchUpdate("INSERT INTO revision_event (revision, event_id) VALUES (?, ?)", rows);
        }
        if (revision % 256 == 0) {
            jdbc.sql("DELETE FROM revision_event WHERE revision <= ?").param(revision - REMEMBERED).update();
            jdbc.sql("DELETE FROM revision_log WHERE revision <= ?").param(revision - REMEMBERED).update();
        }
        return revision;
    }
}
