package org.annalist.store;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which version of the events this process has written: every write to events, their sources, actors or regions moves
 * it on, once its transaction has ended, and says which events it changed when it knows (a correction) or that any
 * may have changed (an import). What is computed from the events (the {@link TimelineIndex}) is valid for the
 * revision it was read at, and can be brought up to date with the events changed since. Writes from another process
 * on the same database are not seen (the embedded H2 file is opened by one process at a time).
 */
@Component
public class EventRevision {

    /** How many revisions remember the events they changed. */
    private static final int REMEMBERED = 1024;
    private static final long[] ANY = new long[0];

    private final AtomicLong revision = new AtomicLong();
    /** The events each recent revision changed ({@link #ANY}: unknown). */
    private final ConcurrentSkipListMap<Long, long[]> changes = new ConcurrentSkipListMap<>();

    public long current() {
        return revision.get();
    }

    /** Called by a writer inside its transaction when any event may have changed (see {@link #written(long...)}). */
    public void written() {
        afterTransaction(ANY);
    }

    /**
     * Called by a writer inside its transaction with the events it changes (their rows, sources, actors, places or
     * regions; a new event too): the revision moves after the commit (or the rollback, which costs a needless refresh
     * and nothing else), so that a reader that sees the new revision also sees the new rows.
     */
    public void written(long... eventIds) {
        afterTransaction(eventIds.length == 0 ? ANY : eventIds.clone());
    }

    /**
     * The events changed after revision {@code since} up to {@code upTo}, or null when that is not known (a write
     * that did not say, revisions too old to be remembered, or not yet recorded).
     */
    public synchronized Set<Long> changedBetween(long since, long upTo) {
        if (upTo - since > REMEMBERED || upTo > revision.get()) {
            return null;
        }
        Set<Long> changed = new HashSet<>();
        for (long r = since + 1; r <= upTo; r++) {
            long[] ids = changes.get(r);
            if (ids == null || ids == ANY) {
                return null;
            }
            for (long id : ids) {
                changed.add(id);
            }
        }
        return changed;
    }

    private void afterTransaction(long[] eventIds) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    record(eventIds);
                }
            });
        } else {
            record(eventIds);
        }
    }

    private synchronized void record(long[] eventIds) {
        long next = revision.get() + 1;
        changes.put(next, eventIds);
        revision.set(next);
        while (changes.size() > REMEMBERED) {
            changes.pollFirstEntry();
        }
    }
}
