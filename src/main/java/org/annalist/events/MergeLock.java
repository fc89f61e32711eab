package org.annalist.events;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One document's events stored at a time in this process, from the look-up of their twins to the commit: two documents
 * telling the same new event at the same moment would otherwise each store it, neither seeing the other's yet.
 */
@Component
public class MergeLock {

    private final ReentrantLock lock = new ReentrantLock();

    /** Runs a whole transaction that stores events (call it around the transaction, not inside). */
    public <T> T around(Supplier<T> transaction) {
        lock.lock();
        try {
            return transaction.get();
        } finally {
            lock.unlock();
        }
    }
}
