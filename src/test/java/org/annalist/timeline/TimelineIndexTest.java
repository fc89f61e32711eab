package org.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.annalist.bench.SyntheticChronology;
import org.annalist.database.EventRevision;
import org.annalist.database.TextSearch;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.annalist.support.SearchWords;
import org.annalist.timeline.Bucket;
import org.annalist.timeline.Lanes;
import org.annalist.timeline.Sort;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline's answers from the in-memory index are the database's: the same questions, with random filters (actors,
 * places, regions, documents, date ranges with and without fractions of a second, words and prefixes, undated or not),
 * asked of a {@link TimelineService} that reads the database and of one that reads the index, on a synthetic chronology with
 * some events marked wrong and some events told twice in one document.
 */
class TimelineIndexTest {

    private static final long[] WIDTHS = {3600, 86_400, 604_800, 2_592_000, 31_536_000, 315_569_520, 3_155_695_200L};

    private static JdbcClient jdbc;
    private static TimelineService database;
    private static TimelineService indexed;
    private static TimelineIndexCache cache;
    private static EventRevision revision;
    private static List<String> actors;
    private static List<String> regions;
    private static List<String> places;
    private static List<Long> documents;
    private static List<String> words;

    @BeforeAll
    static void chronology() throws Exception {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:timeline-index-test;DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        Flyway.configure().dataSource(source).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        try (Connection db = source.getConnection()) {
            SyntheticChronology.populate(db, 1_500, 7);
        }
        jdbc = JdbcClient.create(source);
        jdbc.sql("UPDATE event SET hidden = TRUE WHERE MOD(id, 23) = 0").update();
        // A second passage of the same document for some events: they must still count once per document.
        jdbc.sql("""
                INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text)
                SELECT event_id, document_id, passage_begin + 100000, passage_end + 100000, 'Une autre fois à Téhéran'
                FROM event_source WHERE MOD(event_id, 11) = 0""").update();
        SearchWords.fill(jdbc);
        EventRepository events = new EventRepository(jdbc);
        database = new TimelineService(jdbc, new SqlTimelineQueries(jdbc, events), events, TimelineIndexCache.withoutIndex(jdbc));
        revision = new EventRevision(source);
        cache = new TimelineIndexCache(jdbc, revision, true);
        indexed = new TimelineService(jdbc, new SqlTimelineQueries(jdbc, events), events, cache);
        actors = jdbc.sql("SELECT DISTINCT entity_id FROM event_actor ORDER BY entity_id").query(String.class).list();
        regions = jdbc.sql("SELECT DISTINCT region_id FROM event_region ORDER BY region_id").query(String.class).list();
        places = jdbc.sql("SELECT DISTINCT area_id FROM event_area ORDER BY area_id").query(String.class).list();
        documents = jdbc.sql("SELECT id FROM document ORDER BY id").query(Long.class).list();
        words = jdbc.sql("SELECT title FROM event ORDER BY id FETCH FIRST 300 ROWS ONLY").query(String.class).list()
                .stream().flatMap(title -> TextSearch.terms(title).stream()).distinct().toList();
    }

    @Test
    void theIndexIsUsedOnASmallDatabase() {
        TimelineIndex index = cache.current().index();
        assertNotNull(index);
        assertEquals(jdbc.sql("SELECT COUNT(*) FROM event WHERE hidden = FALSE").query(Long.class).single(), index.size());
    }

    @Test
    void aCountryTakesTheEventsOfItsCities() {
        String city = jdbc.sql("""
                SELECT p.entity_id FROM event_place p JOIN entity n ON n.id = p.entity_id
                WHERE n.type = 'CITY' AND n.country IS NOT NULL ORDER BY p.entity_id FETCH FIRST 1 ROWS ONLY""")
                .query(String.class).single();
        String country = "state-" + jdbc.sql("SELECT LOWER(country) FROM entity WHERE id = ?").param(city)
                .query(String.class).single();
        for (TimelineService service : List.of(database, indexed)) {
            EventFilter inCity = EventFilter.ALL.withPlaces(List.of(city));
            EventFilter inCountry = EventFilter.ALL.withPlaces(List.of(country));
            long cityEvents = service.count(inCity);
            assertTrue(cityEvents > 0, city);
            assertTrue(service.count(inCountry) >= cityEvents, country);
            // The city adds nothing to its country: its events are among the country's.
            assertEquals(service.count(inCountry), service.count(inCity.withPlaces(List.of(city, country))));
            assertTrue(service.placeFacets(EventFilter.ALL, 1000, "en").stream().anyMatch(f -> f.key().equals(country)));
        }
    }

    @Test
    void answersAsTheDatabaseDoes() {
        assertSameAnswers(indexed, 120, 42);
    }

    /**
     * Corrections after the index was built (titles, dates, undated, actors, regions, hidden, shown again, a source
     * moved, a new event): an index that is not rebuilt, with the changed events read again from the database,
     * answers as the database does.
     */
    @Test
    void anOlderIndexWithTheChangedEventsAnswersAsTheDatabaseDoes() {
        cache.refresh();
        TimelineIndex base = cache.current().index();
        TimelineIndexCache frozen = new TimelineIndexCache(jdbc, revision, true) {
            @Override
            Current current() {
                return since(base);
            }
        };
        TimelineService overlaid = new TimelineService(jdbc, new SqlTimelineQueries(jdbc, new EventRepository(jdbc)), new EventRepository(jdbc), frozen);
        List<Long> visible = jdbc.sql("SELECT id FROM event WHERE hidden = FALSE AND interval_start IS NOT NULL ORDER BY id")
                .query(Long.class).list();
        List<Long> undated = jdbc.sql("SELECT id FROM event WHERE hidden = FALSE AND interval_start IS NULL ORDER BY id")
                .query(Long.class).list();
        long hidden = jdbc.sql("SELECT MIN(id) FROM event WHERE hidden = TRUE").query(Long.class).single();
        long a = visible.get(10);
        long b = visible.get(200);
        long c = visible.get(400);
        long d = visible.get(600);
        long e = visible.get(800);
        long f = undated.getFirst();
        change("UPDATE event SET title = 'Quetzalcoatl revient', search_title = ' quetzalcoatl revient ', confidence = 0.01 WHERE id = ?", a);
        change("UPDATE event SET interval_start = TIMESTAMP '1950-06-01 00:00:00', interval_end = TIMESTAMP '1950-06-02 00:00:00' WHERE id = ?", b);
        change("UPDATE event SET interval_start = NULL, interval_end = NULL, granularity = NULL WHERE id = ?", c);
        change("UPDATE event SET interval_start = TIMESTAMP '2020-01-07 18:00:00', interval_end = TIMESTAMP '2020-01-08 00:00:00' WHERE id = ?", f);
        change("DELETE FROM event_actor WHERE event_id = ?", d);
        jdbc.sql("INSERT INTO event_actor (event_id, entity_id, role) SELECT ?, ?, 'AGENT' WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_actor WHERE event_id = ? AND entity_id = ?)").params(e, actors.getFirst(), e, actors.getFirst()).update();
        revision.written(e);
        jdbc.sql("MERGE INTO event_region (event_id, region_id) KEY (event_id, region_id) VALUES (?, ?)").params(a, regions.getFirst()).update();
        revision.written(a);
        change("UPDATE event SET hidden = TRUE WHERE id = ?", visible.get(1000));
        change("UPDATE event SET hidden = FALSE WHERE id = ?", hidden);
        long moved = jdbc.sql("SELECT MIN(event_id) FROM event_source WHERE event_id > ?").param(visible.get(1100)).query(Long.class).single();
        jdbc.sql("UPDATE event_source SET event_id = ? WHERE event_id = ?").params(b, moved).update();
        revision.written(b, moved);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO event (title, interval_start, interval_end, granularity, date_how, polarity, confidence,
                            origin, hidden, created_at, updated_at)
                        VALUES ('Quetzalcoatl encore', TIMESTAMP '2003-03-20 00:00:00', TIMESTAMP '2003-03-21 00:00:00', 'DAY',
                            'EXPLICIT', 'AFFIRMED', 0.9, 'EDITED', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .update(key, "id");
        long created = key.getKey().longValue();
        jdbc.sql("INSERT INTO event_actor (event_id, entity_id, role) VALUES (?, ?, 'AGENT')").params(created, actors.get(1)).update();
        jdbc.sql("INSERT INTO event_source (event_id, document_id, passage_begin, passage_end, passage_text) VALUES (?, ?, 0, 10, 'Quetzalcoatl à Bagdad')")
                .params(created, documents.getFirst()).update();
        SearchWords.fill(jdbc);
        revision.written(created);

        TimelineIndexCache.Current current = frozen.current();
        assertTrue(current.index() == base && current.changed().containsAll(List.of(a, b, c, d, e, f, hidden, moved, created)),
                "changed: " + current.changed());
        assertEquals(2, overlaid.count(new EventFilter(List.of(), List.of(), null, null, List.of(), "quetzalcoatl", true)));
        assertSameAnswers(overlaid, 120, 43);
    }

    private static void change(String sql, long eventId) {
        jdbc.sql(sql).param(eventId).update();
        revision.written(eventId);
    }

    private static void assertSameAnswers(TimelineService indexed, int filters, long seed) {
        Random random = new Random(seed);
        int selecting = 0;
        int wordsFound = 0;
        for (int i = 0; i < filters; i++) {
            EventFilter filter = randomFilter(random);
            String where = "filter " + i + ": " + filter;
            long count = database.count(filter);
            assertEquals(count, indexed.count(filter), where);
            selecting += count > 0 ? 1 : 0;
            wordsFound += count > 0 && filter.text() != null ? 1 : 0;
            assertEquals(database.countUndated(filter), indexed.countUndated(filter), where);
            assertArrayEquals(database.extent(filter), indexed.extent(filter), where);
            assertEquals(ids(database.window(filter, 301), EventRepository.TimelineItem::id),
                    ids(indexed.window(filter, 301), EventRepository.TimelineItem::id), where);
            assertEquals(ids(database.undated(filter, 20), StoredEvent::id), ids(indexed.undated(filter, 20), StoredEvent::id), where);
            Sort sort = Sort.values()[random.nextInt(Sort.values().length)];
            int offset = random.nextInt(3) == 0 ? random.nextInt(200) : 0;
            assertEquals(ids(database.page(filter, sort, offset, 50), StoredEvent::id),
                    ids(indexed.page(filter, sort, offset, 50), StoredEvent::id), where + " " + sort + " @" + offset);
            for (Lanes lanes : Lanes.values()) {
                assertEquals(database.topLanes(filter, lanes, 12), indexed.topLanes(filter, lanes, 12), where + " " + lanes);
            }
            Lanes lanes = Lanes.values()[random.nextInt(Lanes.values().length)];
            List<String> laneKeys = database.topLanes(filter, lanes, 1 + random.nextInt(12)).stream()
                    .map(Facet::key).toList();
            long width = WIDTHS[random.nextInt(WIDTHS.length)];
            assertEquals(sorted(database.buckets(filter, width, lanes, laneKeys)),
                    sorted(indexed.buckets(filter, width, lanes, laneKeys)), where + " " + lanes + " " + width);
            assertEquals(database.actorFacets(filter, 500, null), indexed.actorFacets(filter, 500, null), where);
            assertEquals(database.regionFacets(filter), indexed.regionFacets(filter), where);
            assertEquals(database.documentFacets(filter, 500), indexed.documentFacets(filter, 500), where);
        }
        // The comparisons were not all between empty answers.
        assertTrue(selecting > 40 && wordsFound > 10, selecting + " filters selected events, " + wordsFound + " with words");
    }

    @Test
    void aWriteMakesTheIndexOutOfDateUntilRebuilt() {
        // Built here, not on demand: on a busy machine a slow last build sends current() to the database instead.
        cache.refresh();
        TimelineIndex before = cache.current().index();
        long hidden = jdbc.sql("SELECT MIN(id) FROM event WHERE hidden = FALSE").query(Long.class).single();
        jdbc.sql("UPDATE event SET title = 'Zyxwvut', search_title = ' zyxwvut ' WHERE id = ?").param(hidden).update();
        revision.written();
        try {
            cache.refresh();
            TimelineIndex after = cache.current().index();
            assertTrue(after != before && after.revision == revision.current());
            EventFilter word = new EventFilter(List.of(), List.of(), null, null, List.of(), "zyxw", true);
            assertEquals(1, indexed.count(word));
            assertEquals(database.count(word), indexed.count(word));
        } finally {
            jdbc.sql("UPDATE event SET title = 'Restored', search_title = ' restored ' WHERE id = ?").param(hidden).update();
            revision.written();
        }
    }

    @Test
    void aDisabledCacheHasNoIndex() {
        assertNull(TimelineIndexCache.withoutIndex(jdbc).current());
    }

    private static EventFilter randomFilter(Random random) {
        List<String> someActors = random.nextInt(4) == 0 ? pick(random, actors, 1 + random.nextInt(3)) : List.of();
        List<String> someRegions = random.nextInt(5) == 0 ? pick(random, regions, 1 + random.nextInt(2)) : List.of();
        List<Long> someDocuments = random.nextInt(6) == 0 ? pick(random, documents, 1 + random.nextInt(4)) : List.of();
        LocalDateTime from = null;
        LocalDateTime to = null;
        if (random.nextInt(3) > 0) {
            LocalDateTime a = LocalDateTime.of(1890, 1, 1, 0, 0).plusSeconds((long) (random.nextDouble() * 4.3e9));
            LocalDateTime b = a.plusSeconds((long) Math.pow(10, 4 + random.nextDouble() * 5.5));
            if (random.nextBoolean()) {
                a = a.withNano(random.nextInt(1_000_000_000));
                b = b.withNano(random.nextInt(1_000_000_000));
            }
            int which = random.nextInt(4);
            from = which == 1 ? null : a;
            to = which == 2 ? null : b;
        }
        String text = null;
        int kind = random.nextInt(5);
        if (kind == 1) {
            text = words.get(random.nextInt(words.size()));
        } else if (kind == 2) {
            String word = words.get(random.nextInt(words.size()));
            text = word.substring(0, Math.min(word.length(), 1 + random.nextInt(4)));
        } else if (kind == 3) {
            text = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())).toUpperCase();
        } else if (kind == 4) {
            text = List.of("TÉHÉRAN", "autre fois", "quetzal").get(random.nextInt(3));
        }
        double minConfidence = random.nextInt(4) == 0 ? List.of(0.3, 0.5, 0.8, 0.95).get(random.nextInt(4)) : 0;
        int minSources = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 0;
        List<String> somePlaces = random.nextInt(5) == 0 ? pick(random, places, 1 + random.nextInt(2)) : List.of();
        return new EventFilter(someActors, someRegions, from, to, someDocuments, text, random.nextBoolean(),
                minConfidence, minSources, somePlaces);
    }

    private static <T> List<T> pick(Random random, List<T> values, int n) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(values.get(random.nextInt(values.size())));
        }
        return picked;
    }

    private static <T> List<Long> ids(List<T> values, Function<T, Long> id) {
        return values.stream().map(id).toList();
    }

    private static List<Bucket> sorted(List<Bucket> buckets) {
        return buckets.stream().sorted(Comparator.comparingLong(Bucket::index)
                .thenComparing(Bucket::lane, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }
}
