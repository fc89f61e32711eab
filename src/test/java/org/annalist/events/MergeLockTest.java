package org.annalist.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.annalist.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Two storers with locks of their own (as two processes have) on one database take turns: the second waits for the
 * first one's commit, and then sees what it wrote.
 */
class MergeLockTest {

    @Test
    void storersOfTwoProcessesTakeTurnsOnTheDatabasesLock() throws Exception {
        DataSource source = FreshDatabase.migrated("merge_lock");
        MergeLock first = lock(source);
        MergeLock second = lock(source);
        JdbcClient jdbc = JdbcClient.create(source);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> first.inTransaction(() -> {
            order.add("first in");
            firstInside.countDown();
            await(letFirstCommit);
            jdbc.sql("UPDATE data_revision SET revision = revision + 1 WHERE id = 1").update();
            order.add("first out");
            return null;
        }));
        assertTrue(firstInside.await(30, TimeUnit.SECONDS));
        long before = revision(jdbc);
        CompletableFuture<Long> two = CompletableFuture.supplyAsync(() -> second.inTransaction(() -> {
            order.add("second in");
            return revision(jdbc);
        }));
        Thread.sleep(500);
        assertFalse(two.isDone(), "the second storer waits while the first holds the lock");
        letFirstCommit.countDown();
        one.get(30, TimeUnit.SECONDS);
        long seen = two.get(30, TimeUnit.SECONDS);

        assertEquals(List.of("first in", "first out", "second in"), order);
        assertEquals(before + 1, seen, "the second storer sees the first one's commit");
    }

    private static MergeLock lock(DataSource source) {
        return new MergeLock(new DataSourceTransactionManager(source), JdbcClient.create(source));
    }

    private static long revision(JdbcClient jdbc) {
        return jdbc.sql("SELECT revision FROM data_revision WHERE id = 1").query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
