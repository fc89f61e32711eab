package org.annalist.database;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.lang.Folding;

/**
 * Word search on event titles and source passages, insensitive to case and accents ("teheran" finds "Téhéran").
 *
 * <p>The database keeps a searchable form of each title and passage beside it ({@code event.search_title},
 * {@code event_source.search_passage}), written with the text by whoever writes it ({@link Folding#searchWords}; until
 * V12 H2 computed them through a function bound into SQL, which only H2 can do). That form is the text's words,
 * lower-cased, without accents, separated by single spaces and framed by one space: {@code " soleimani a teheran l iran "}.
 * A query word then matches the start of a word ({@code LIKE '% tehe%'}), so a prefix finds the longer word too; the
 * words of a query must all be found, each in the title or in one of the passages.
 *
 * <p>No index serves these conditions: they narrow the events the other filters (window, actor, region) select, and a
 * query on text alone reads every event (figures in the README, from {@code StoreBenchmark}). Storing costs nothing
 * more than the two columns. The alternatives were measured against ingestion: an inverted index (a table with a row
 * for each word of each event's title and passages, about 165 rows a document) made storing a document 1.7 times as
 * costly, which alone would have kept ingestion under its target; H2's built-in full-text search (FT_INIT) keeps the
 * same kind of word rows, from a trigger on every row inserted, and matches neither accents nor prefixes (not
 * measured).
 */
public final class TextSearch {

    private TextSearch() {
    }

    /** The distinct words of a query, in the searchable form (empty when it has none). */
    public static List<String> terms(String query) {
        Set<String> terms = new LinkedHashSet<>();
        if (query != null) {
            for (String term : Folding.searchWords(query).strip().split(" ")) {
                if (!term.isEmpty()) {
                    terms.add(term);
                }
            }
        }
        return new ArrayList<>(terms);
    }

    /**
     * Adds to a WHERE clause on the event {@code e} the condition that every word of {@code query} starts a word of
     * its title or of one of its passages; nothing when the query has no word. Fixed SQL text; the words are bind
     * parameters ({@code text0}, {@code text1}...).
     */
    public static void where(String query, StringBuilder sql, Map<String, Object> params) {
        List<String> terms = terms(query);
        for (int i = 0; i < terms.size(); i++) {
            String key = "text" + i;
            sql.append(" AND (e.search_title LIKE :").append(key)
                    .append(" OR EXISTS (SELECT 1 FROM event_source ts WHERE ts.event_id = e.id AND ts.search_passage LIKE :")
                    .append(key).append("))");
            // Terms hold only letters and digits: nothing in them is a LIKE wildcard.
            params.put(key, "% " + terms.get(i) + "%");
        }
    }
}
