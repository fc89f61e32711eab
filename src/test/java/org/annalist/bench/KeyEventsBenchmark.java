package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.database.EventRevision;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.events.KeyEvents;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the key-events mode costs on a large store: the synthetic chronology ({@code -Devents=100000}), every event's
 * salience computed the first time and again after a change, then the top 20 of all events and of one year.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.KeyEventsBenchmark</pre>
 */
public final class KeyEventsBenchmark {

    public static void main(String[] args) throws Exception {
        int events = Integer.getInteger("events", 100_000);
        Path work = Files.createTempDirectory("annalist-key-bench");
        Path file = work.resolve("db");
        long start = System.nanoTime();
        SyntheticChronology.create(file, events, 42);
        System.out.printf("%,d synthetic events in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
        SingleConnectionDataSource data = new SingleConnectionDataSource("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "", true);
        JdbcClient jdbc = JdbcClient.create(data);
        EventRevision revision = new EventRevision(data);
        KeyEvents key = new KeyEvents(jdbc, new JdbcTemplate(data), revision, new EventRepository(jdbc));
        EventFilter all = new EventFilter(List.of(), List.of(), null, null, List.of(), null, true);
        EventFilter year = new EventFilter(List.of(), List.of(), java.time.LocalDateTime.parse("2011-01-01T00:00"),
                java.time.LocalDateTime.parse("2012-01-01T00:00"), List.of(), null, false);
        for (int round = 1; round <= 3; round++) {
            revision.written();
            start = System.nanoTime();
            key.refresh();
            double refresh = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            int shown = key.topItems(all, 20).size();
            double top = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            int shownYear = key.topItems(year, 20).size();
            double topYear = (System.nanoTime() - start) / 1e6;
            System.out.printf("round %d: salience of every event %.0f ms; top %d of all %.0f ms; top %d of 2011 %.0f ms%n",
                    round, refresh, shown, top, shownYear, topYear);
        }
        data.destroy();
    }
}
