package org.annalist.store;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which version of the events this process has written: every write to events, their sources, actors or regions moves
 * it on, once its transaction has ended. What is computed from the events (the {@link TimelineIndex}) is valid for
 * the revision it was read at. Writes from another process on the same database are not seen (the embedded H2 file
 * is opened by one process at a time).
 */
@Component
public class EventRevision {

    private final AtomicLong revision = new AtomicLong();

    public long current() {
        return revision.get();
    }

    /**
     * Called by a writer inside its transaction: the revision moves after the commit (or the rollback, which costs
     * a needless rebuild and nothing else), so that a reader that sees the new revision also sees the new rows.
     */
    public void written() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    revision.incrementAndGet();
                }
            });
        } else {
            revision.incrementAndGet();
        }
    }
}
