package org.annalist.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.annalist.database.EventRevision;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.timeline.Facet;
import org.annalist.timeline.Lanes;
import org.annalist.timeline.Sort;
import org.annalist.timeline.SqlTimelineQueries;
import org.annalist.timeline.TimelineIndexCache;
import org.annalist.timeline.TimelineService;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline's in-memory index against the database on a synthetic chronology of N events
 * ({@link SyntheticChronology}, the browser benchmark's databases are reused): how long the index takes to build and
 * how much heap it holds, then the timeline's questions (count, clusters, busiest lanes, first grid page, word search)
 * asked of the index, of the index with five events corrected since it was built, and of the database, median and
 * 95th percentile of R repetitions.
 *
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.TimelineIndexBenchmark \
 *     [-Devents=10000,100000] [-Drepeat=21] [-Ddir=target/timeline-bench] [-Dquestions=false: the build alone]
 * </pre>
 */
public final class TimelineIndexBenchmark {

    private static final int REPEAT = Integer.getInteger("repeat", 21);
    private static EventRevision revision;
    private static TimelineIndexCache cache;
    /** Events said to be corrected (they are not changed: the cost is reading them again beside the index). */
    private static long[] correctedEvents;

    private TimelineIndexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("dir", "target/timeline-bench"));
        Files.createDirectories(dir);
        for (String size : System.getProperty("events", "10000,100000").split(",")) {
            int events = Integer.parseInt(size.strip());
            Path file = dir.resolve("events-" + events);
            if (!Files.exists(dir.resolve("events-" + events + ".mv.db"))) {
                SyntheticChronology.create(file, events, 1);
            }
            run(events, file);
        }
    }

    private static void run(int size, Path file) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";CACHE_SIZE=65536;QUERY_CACHE_SIZE=64;DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        JdbcClient jdbc = JdbcClient.create(source);
        EventRepository events = new EventRepository(jdbc);
        TimelineService database = new TimelineService(jdbc, new SqlTimelineQueries(jdbc, events), events, TimelineIndexCache.withoutIndex(jdbc));
        revision = new EventRevision(source);
        cache = new TimelineIndexCache(jdbc, revision, true);
        correctedEvents = jdbc.sql("SELECT id FROM event WHERE interval_start > TIMESTAMP '2015-01-01 00:00:00' ORDER BY id FETCH FIRST 5 ROWS ONLY")
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        TimelineService indexed = new TimelineService(jdbc, new SqlTimelineQueries(jdbc, events), events, cache);

        List<Double> builds = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            revision.written();
            long began = System.nanoTime();
            cache.refresh();
            builds.add((System.nanoTime() - began) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%,d events: index built in %s ms (median of the last 6; first %.0f ms), about %.1f MB%n",
                size, fmt(median(builds.subList(1, builds.size()))), builds.getFirst(), cache.indexBytes() / 1e6);

        if (!Boolean.parseBoolean(System.getProperty("questions", "true"))) {
            cache.close();
            return;
        }
        EventFilter all = new EventFilter(List.of(), List.of(), LocalDateTime.of(1850, 1, 1, 0, 0),
                LocalDateTime.of(2080, 1, 1, 0, 0), List.of(), null, false);
        EventFilter words = new EventFilter(List.of(), List.of(), LocalDateTime.of(1850, 1, 1, 0, 0),
                LocalDateTime.of(2080, 1, 1, 0, 0), List.of(), "sanctions", false);
        EventFilter region = new EventFilter(List.of(), List.of("europe"), LocalDateTime.of(1850, 1, 1, 0, 0),
                LocalDateTime.of(2080, 1, 1, 0, 0), List.of(), null, false);
        long decade = 3652L * 86_400;
        System.out.println("question (overview: all dated events)    index             index + 5 corrected  database   (median / p95 ms)");
        compare("count", () -> indexed.count(all), () -> database.count(all));
        compare("clusters, no lanes", () -> indexed.buckets(all, decade, Lanes.NONE, List.of()),
                () -> database.buckets(all, decade, Lanes.NONE, List.of()));
        List<String> actorLanes = indexed.topLanes(all, Lanes.ACTOR, 12).stream().map(Facet::key).toList();
        compare("clusters, 12 actor lanes", () -> indexed.buckets(all, decade, Lanes.ACTOR, actorLanes),
                () -> database.buckets(all, decade, Lanes.ACTOR, actorLanes));
        compare("busiest actors (lanes)", () -> indexed.topLanes(all, Lanes.ACTOR, 12),
                () -> database.topLanes(all, Lanes.ACTOR, 12));
        compare("region facets", () -> indexed.regionFacets(all), () -> database.regionFacets(all));
        compare("grid: first page by start", () -> indexed.page(all, Sort.START, 0, 50),
                () -> database.page(all, Sort.START, 0, 50));
        compare("grid: a page by title", () -> indexed.page(all, Sort.TITLE, 500, 50),
                () -> database.page(all, Sort.TITLE, 500, 50));
        compare("region filter: count", () -> indexed.count(region), () -> database.count(region));
        compare("region filter: clusters", () -> indexed.buckets(region, decade, Lanes.NONE, List.of()),
                () -> database.buckets(region, decade, Lanes.NONE, List.of()));
        compare("word 'sanctions': count", () -> indexed.count(words), () -> database.count(words));
        compare("word 'sanctions': clusters", () -> indexed.buckets(words, decade, Lanes.NONE, List.of()),
                () -> database.buckets(words, decade, Lanes.NONE, List.of()));
        compare("word 'sanctions': timeline items", () -> indexed.window(words, 301), () -> database.window(words, 301));
        cache.close();
    }

    /**
     * Times a question asked of the index up to date, of the index with five events corrected since it was built
     * (marked changed before each call: the cache then reads them from the database beside the index while it
     * rebuilds it in the background), and of the database.
     */
    private static void compare(String question, Supplier<?> index, Supplier<?> database) {
        cache.refresh();
        double[] fromIndex = time(index, () -> { });
        double[] corrected = time(index, () -> revision.written(correctedEvents));
        double[] fromDatabase = time(database, () -> { });
        System.out.printf(Locale.ROOT, "%-40s %8s / %-8s %8s / %-8s %8s / %-8s%n", question, fmt(fromIndex[0]),
                fmt(fromIndex[1]), fmt(corrected[0]), fmt(corrected[1]), fmt(fromDatabase[0]), fmt(fromDatabase[1]));
    }

    /** Median and 95th percentile in ms, after three warm-up calls. */
    private static double[] time(Supplier<?> question, Runnable before) {
        for (int i = 0; i < 3; i++) {
            before.run();
            question.get();
        }
        double[] ms = new double[REPEAT];
        for (int i = 0; i < REPEAT; i++) {
            before.run();
            long began = System.nanoTime();
            question.get();
            ms[i] = (System.nanoTime() - began) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[REPEAT / 2], ms[(int) Math.ceil(REPEAT * 0.95) - 1]};
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String fmt(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.0f", ms);
    }
}
