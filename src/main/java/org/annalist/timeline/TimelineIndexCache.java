package org.annalist.timeline;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.annalist.database.EventRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link TimelineIndex} of the database's current {@link EventRevision}. After a write, by this process or
 * another (the revision is read again before a question when the copy at hand is older than 200 ms, and every second
 * in the background), the index is rebuilt in the background (about two seconds at 100,000 events); meanwhile the older index answers, with the events the writes
 * changed (corrections and imports say which) read again from the database, up to {@link #MAX_CHANGED} of them. When
 * the changes are not known or too many, the index is rebuilt at once if that is quick (small databases), otherwise
 * the database answers until the new index is ready. Built when the web server starts, never by the command line,
 * which does not draw timelines.
 */
@Component
public class TimelineIndexCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineIndexCache.class);
    /** A rebuild that took less than this is done by the reader that finds the index out of date. */
    private static final long QUICK_BUILD_NANOS = 150_000_000L;
    /** Before the first build: below this many events, building is quick. */
    private static final long QUICK_BUILD_EVENTS = 20_000;
    /** Up to this many changed events are read again from the database beside an older index. */
    private static final int MAX_CHANGED = 500;

    /** An index and the events changed since it was built (empty: it is up to date). */
    record Current(TimelineIndex index, Set<Long> changed) {
    }

    private final JdbcClient jdbc;
    private final EventRevision revision;
    private final boolean enabled;
    private final Object buildLock = new Object();
    private final AtomicBoolean building = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("timeline-index").daemon().factory());
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
            .name("timeline-index-watch").daemon().factory());
    private volatile TimelineIndex index;
    private volatile long lastBuildNanos = -1;

    /**
     * @param enabled false (property {@code annalist.timeline.index}) leaves every answer to the database and keeps no
     *                copy of the events in memory (about 250 bytes an event); the answers are the same either way,
     *                whoever writes to the database
     */
    public TimelineIndexCache(JdbcClient jdbc, EventRevision revision,
                              @Value("${annalist.timeline.index:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.revision = revision;
        this.enabled = enabled;
    }

    /** A cache that never has an index: every answer comes from the database (for comparisons). */
    public static TimelineIndexCache withoutIndex(JdbcClient jdbc) {
        return new TimelineIndexCache(jdbc, null, false);
    }

    /** The web app keeps the index built, and rebuilds it within a second of a write by any process. */
    @EventListener(WebServerInitializedEvent.class)
    void onWebServerStarted() {
        refreshInBackground();
        if (enabled) {
            watch.scheduleWithFixedDelay(this::rebuildWhenWritten, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void rebuildWhenWritten() {
        try {
            TimelineIndex known = index;
            if (known != null && known.revision != revision.current()) {
                refreshInBackground();
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not read the revision", e);
        }
    }

    /**
     * The index of the current revision, or an older one with the events changed since, or null when neither is at
     * hand (then ask the database).
     */
    Current current() {
        if (!enabled) {
            return null;
        }
        TimelineIndex known = index;
        if (known != null && known.revision == revision.current()) {
            return new Current(known, Set.of());
        }
        Current patched = known == null ? null : since(known);
        if (patched == null && isQuickToBuild()) {
            return since(buildNow());
        }
        refreshInBackground();
        return patched;
    }

    /** The index with the events changed since it was built, or null when they are not known or too many. */
    Current since(TimelineIndex known) {
        long now = revision.current();
        if (known.revision == now) {
            return new Current(known, Set.of());
        }
        Set<Long> changed = revision.changedBetween(known.revision, now);
        return changed == null || changed.size() > MAX_CHANGED ? null : new Current(known, Set.copyOf(changed));
    }

    /** Builds the index now unless it is up to date; the number of events it holds. */
    public int refresh() {
        return buildNow().size();
    }

    /** About how many bytes the current index holds (0 when there is none). */
    public long indexBytes() {
        TimelineIndex known = index;
        return known == null ? 0 : known.bytes();
    }

    /** Builds the index unless it is up to date; waits for a build under way. */
    TimelineIndex buildNow() {
        synchronized (buildLock) {
            long wanted = revision.current();
            TimelineIndex known = index;
            if (known != null && known.revision == wanted) {
                return known;
            }
            long began = System.nanoTime();
            TimelineIndex built = load(wanted);
            lastBuildNanos = System.nanoTime() - began;
            index = built;
            LOG.info("Timeline index of {} events built in {} ms ({} MB)", built.size(), lastBuildNanos / 1_000_000,
                    built.bytes() / 1_000_000);
            return built;
        }
    }

    private boolean isQuickToBuild() {
        long last = lastBuildNanos;
        if (last >= 0) {
            return last < QUICK_BUILD_NANOS;
        }
        return jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single() < QUICK_BUILD_EVENTS;
    }

    private void refreshInBackground() {
        if (enabled && building.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    buildNow();
                } catch (RuntimeException e) {
                    LOG.warn("Could not build the timeline index; the timeline reads the database", e);
                } finally {
                    building.set(false);
                }
            });
        }
    }

    private TimelineIndex load(long atRevision) {
        List<TimelineIndexBuilder.EventRow> events = new ArrayList<>();
        jdbc.sql("SELECT id, interval_start, interval_end, confidence, search_title FROM event WHERE hidden = FALSE")
                .query(rs -> {
                    events.add(new TimelineIndexBuilder.EventRow(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                            rs.getObject(3, LocalDateTime.class), rs.getDouble(4), rs.getString(5)));
                });
        TimelineIndexBuilder builder = new TimelineIndexBuilder(events);
        builder.titleOrder(jdbc.sql("SELECT id FROM event WHERE hidden = FALSE ORDER BY LOWER(title), id")
                .query(Long.class).list());
        jdbc.sql("SELECT event_id, entity_id FROM event_actor").query(rs -> {
            builder.actor(rs.getLong(1), rs.getString(2));
        });
        jdbc.sql("SELECT event_id, area_id FROM event_area").query(rs -> {
            builder.place(rs.getLong(1), rs.getString(2));
        });
        jdbc.sql("SELECT event_id, region_id FROM event_region").query(rs -> {
            builder.region(rs.getLong(1), rs.getString(2));
        });
        jdbc.sql("SELECT event_id, document_id, search_passage FROM event_source").query(rs -> {
            builder.source(rs.getLong(1), rs.getLong(2), rs.getString(3));
        });
        return builder.build(atRevision);
    }

    @Override
    public void close() {
        watch.shutdownNow();
        background.shutdownNow();
    }
}
