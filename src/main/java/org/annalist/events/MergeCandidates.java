package org.annalist.events;

import java.time.LocalDateTime;
import java.util.List;
import org.annalist.event.EventMerger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored events that may tell the same event as one being stored: what {@link EventMerger#search} asks for. */
@Repository
public class MergeCandidates {

    private final JdbcClient jdbc;

    public MergeCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Visible events whose dates overlap the search's and that share one of its entities, by id. Which of them the
     * document being stored already tells is the caller's to leave out (it knows: one look-up a document, not a
     * subquery for every candidate of every event).
     */
    public List<EventMerger.Candidate> find(EventMerger.Search search) {
        return jdbc.sql("""
                        SELECT DISTINCT e.id, e.title, e.interval_start, e.interval_end FROM event e
                        WHERE e.interval_start >= :lower AND e.interval_start < :end AND e.interval_end > :start AND e.hidden = FALSE
                          AND (EXISTS (SELECT 1 FROM event_actor a WHERE a.event_id = e.id AND a.entity_id = ANY(:entities))
                            OR EXISTS (SELECT 1 FROM event_place p WHERE p.event_id = e.id AND p.entity_id = ANY(:entities)))
                        ORDER BY e.id""")
                .param("start", search.start())
                .param("end", search.end())
                .param("lower", search.lowestStart())
                // An array, not a list: the statement's text stays the same whatever the number of entities, and the
                // database parses it once.
                .param("entities", search.entityIds().toArray(String[]::new))
                .query((rs, row) -> new EventMerger.Candidate(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class)))
                .list();
    }
}
