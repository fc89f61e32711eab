package org.annalist.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.database.EventRevision;
import org.annalist.event.KeyDates;
import org.annalist.event.Salience;
import org.annalist.temporal.Granularity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The key events of what is stored: each event's salience ({@link Salience}, from how much the documents speak of its
 * day, its sources and outlets, its participants' prominence and its date's precision) kept in {@code event.salience},
 * computed again when the data changed since (on demand: ingestion does not pay for it), and the key dates.
 */
@Service
public class KeyEvents {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final EventRevision revision;
    private final EventRepository events;
    private long computedAt = -1;

    public KeyEvents(JdbcClient jdbc, JdbcTemplate batch, EventRevision revision, EventRepository events) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.revision = revision;
        this.events = events;
    }

    /** The filter's {@code n} most salient events, the most salient first. */
    public List<StoredEvent> top(EventFilter filter, int n) {
        refresh();
        return events.findKey(filter, n);
    }

    /** What the timeline draws of the filter's {@code n} most salient events. */
    public List<EventRepository.TimelineItem> topItems(EventFilter filter, int n) {
        return events.items(topIds(filter, n));
    }

    /** The ids of the filter's {@code n} most salient events, the most salient first. */
    public List<Long> topIds(EventFilter filter, int n) {
        refresh();
        return events.keyIds(filter, n);
    }

    /** The {@code n} key dates: the days of the most salient day-precise events, the most salient first. */
    public List<LocalDate> keyDates(EventFilter filter, int n) {
        refresh();
        Map<LocalDate, List<Double>> saliences = new HashMap<>();
        for (EventRepository.Salient event : events.salient(filter, Math.max(n * 20, 200))) {
            if (event.start() != null && event.granularity() != null && event.granularity().compareTo(Granularity.DAY) <= 0) {
                saliences.computeIfAbsent(event.start().toLocalDate(), d -> new ArrayList<>()).add(event.salience());
            }
        }
        return KeyDates.top(KeyDates.byMostSalientEvent(saliences), n);
    }

    /** Computes every event's salience again when events or documents changed since it was last computed. */
    public synchronized void refresh() {
        long now = revision.current();
        if (now == computedAt) {
            return;
        }
        Map<Long, List<Salience.DayMention>> mentions = new HashMap<>();
        jdbc.sql("""
                        SELECT t.document_id, t.interval_start, t.surface, t.begin_offset,
                               COALESCE((SELECT MIN(p.begin_offset) FROM document_part p WHERE p.document_id = t.document_id AND p.kind = 'BODY'), d.body_start)
                        FROM timex t JOIN document d ON d.id = t.document_id
                        WHERE t.granularity IN ('MINUTE', 'HOUR', 'PART_OF_DAY', 'DAY')
                          AND NOT EXISTS (SELECT 1 FROM document_part p WHERE p.document_id = t.document_id AND p.kind <> 'BODY'
                                          AND t.begin_offset >= p.begin_offset AND t.begin_offset < p.end_offset)""")
                .query(rs -> {
                    LocalDateTime start = rs.getObject(2, LocalDateTime.class);
                    mentions.computeIfAbsent(rs.getLong(1), d -> new ArrayList<>()).add(new Salience.DayMention(
                            start.toLocalDate(), Salience.calendarDate(rs.getString(3)), rs.getInt(4) < rs.getInt(5) + Salience.LEAD));
                });
        Map<LocalDate, Double> attention = Salience.attention(new ArrayList<>(mentions.values()));
        Map<String, Integer> entityDocuments = new HashMap<>();
        jdbc.sql("SELECT entity_id, COUNT(DISTINCT document_id) FROM mention GROUP BY entity_id")
                .query(rs -> {
                    entityDocuments.put(rs.getString(1), rs.getInt(2));
                });
        Map<Long, Integer> prominence = new HashMap<>();
        jdbc.sql("SELECT event_id, entity_id FROM event_actor")
                .query(rs -> {
                    prominence.merge(rs.getLong(1), entityDocuments.getOrDefault(rs.getString(2), 0), Math::max);
                });
        // Three plain scans joined here: a join of events, sources and documents in the database reads their wide
        // rows (titles, passages, texts) and took three times as long (4.5 s instead of 1.4 s at 100,000 events).
        Map<Long, String> outlets = new HashMap<>();
        jdbc.sql("SELECT id, outlet FROM document").query(rs -> {
            outlets.put(rs.getLong(1), rs.getString(2) == null ? "#" + rs.getLong(1) : rs.getString(2));
        });
        Map<Long, java.util.Set<Long>> documents = new HashMap<>();
        jdbc.sql("SELECT event_id, document_id FROM event_source").query(rs -> {
            documents.computeIfAbsent(rs.getLong(1), id -> new java.util.HashSet<>()).add(rs.getLong(2));
        });
        record Facts(LocalDateTime start, String granularity, double salience) {
        }
        Map<Long, Facts> facts = new HashMap<>();
        jdbc.sql("SELECT id, interval_start, granularity, salience FROM event WHERE interval_start IS NOT NULL")
                .query(rs -> {
                    facts.put(rs.getLong(1), new Facts(rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getDouble(4)));
                });
        List<Object[]> rows = new ArrayList<>();
        facts.forEach((id, f) -> {
            java.util.Set<Long> sources = documents.getOrDefault(id, java.util.Set.of());
            long outletCount = sources.stream().map(outlets::get).distinct().count();
            double salience = Salience.of(new Salience.EventFacts(id, f.start().toLocalDate(),
                    f.granularity() == null ? null : Granularity.valueOf(f.granularity()), sources.size(),
                    (int) outletCount, prominence.getOrDefault(id, 0)), attention);
            // Only what changed is written: after a document or two, a few events.
            if (Math.abs(salience - f.salience()) > 1e-9) {
                rows.add(new Object[] {salience, id});
            }
        });
        batch.batchUpdate("UPDATE event SET salience = ? WHERE id = ?", rows);
        computedAt = now;
    }
}
