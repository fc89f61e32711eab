package org.annalist.events;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One document's events stored at a time, from the look-up of their twins to the commit, in this process and across
 * processes on one database: two documents telling the same new event at the same moment would otherwise each store
 * it, neither seeing the other's yet.
 */
@Component
public class MergeLock {

    private final ReentrantLock inThisProcess = new ReentrantLock();
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    public MergeLock(PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code work} in a transaction of its own that first takes the database's merge lock (a row lock, held until
     * the commit or the rollback). The in-process lock before it keeps this process's threads off the database's lock
     * queue and off its connection pool while they wait.
     */
    public <T> T inTransaction(Supplier<T> work) {
        inThisProcess.lock();
        try {
            return transactions.execute(status -> {
                jdbc.sql("SELECT id FROM merge_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
                return work.get();
            });
        } finally {
            inThisProcess.unlock();
        }
    }
}
