package org.annalist.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes what was committed durable before the user is told so ("stored", "saved"). H2 keeps committed changes in memory
 * up to its write delay (500 ms by default): a crash in between lost documents already reported stored. Writing every
 * commit at once ({@code WRITE_DELAY=0}) made ingestion 3.4 times slower (README, Durability); instead, whoever is about
 * to report calls {@link #flush}: H2's {@code CHECKPOINT SYNC} writes the committed changes to the file and forces them
 * to the disk, once for a whole group of documents. Other databases make a commit durable themselves: nothing to do.
 */
@Component
public class Durability {

    private static final Object AFTER_COMMIT = new Object();

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final boolean enabled;
    private final boolean sync;
    private volatile Boolean h2;

    /**
     * @param enabled false only to measure what durability costs (and to see the crash test fail)
     * @param sync    false: written to the file (survives the process being killed) but not forced to the disk
     */
    public Durability(JdbcClient jdbc, DataSource dataSource, @Value("${annalist.durability.flush:true}") boolean enabled,
                      @Value("${annalist.durability.sync:true}") boolean sync) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.sync = sync;
    }

    /** Everything committed so far is on the disk (or, with {@code annalist.durability.sync=false}, in the file). */
    public void flush() {
        if (enabled && isH2()) {
            jdbc.sql(sync ? "CHECKPOINT SYNC" : "CHECKPOINT").update();
        }
    }

    /** Flushes once the current transaction has committed (once per transaction), or now outside one. */
    public void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            flush();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(AFTER_COMMIT)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(AFTER_COMMIT, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                flush();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(AFTER_COMMIT);
            }
        });
    }

    private boolean isH2() {
        Boolean known = h2;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")
                        && !connection.getMetaData().getURL().startsWith("jdbc:h2:mem:");
            } catch (SQLException e) {
                known = false;
            }
            h2 = known;
        }
        return known;
    }
}
