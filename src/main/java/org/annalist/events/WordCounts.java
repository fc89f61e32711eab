package org.annalist.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.event.WordRarity;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * In how many documents' event passages each word is ({@code word_count}): the rarity the merge decision weighs shared
 * words by. Counted up when a document's events are stored, down when they are replaced or the document deleted; the
 * row of the empty word counts the documents.
 */
@Repository
public class WordCounts {

    private static final String DOCUMENTS = "";
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /** Whether the counts are known to exist (a database from before them is counted once, from its passages). */
    private volatile boolean counted;

    public WordCounts(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The rarity of the given words (others count as never seen). */
    public WordRarity rarity(String language, Collection<String> words) {
        ensureCounted();
        String key = key(language);
        Map<String, Integer> counts = new HashMap<>();
        List<String> asked = new ArrayList<>(words);
        asked.add(DOCUMENTS);
        for (int from = 0; from < asked.size(); from += CHUNK) {
            jdbc.sql("SELECT word, documents FROM word_count WHERE language = :language AND word IN (:words)")
                    .param("language", key)
                    .param("words", asked.subList(from, Math.min(asked.size(), from + CHUNK)))
                    .query(rs -> {
                        counts.put(rs.getString(1), rs.getInt(2));
                    });
        }
        int documents = counts.getOrDefault(DOCUMENTS, 0);
        return (l, word) -> WordRarity.idf(documents, counts.getOrDefault(word, 0));
    }

    /**
     * A database stored before the counts existed has passages and no counts: they are counted once from its stored
     * passages (each document's words once), so that its next merges weigh words as a new database does.
     */
    void ensureCounted() {
        if (counted) {
            return;
        }
        synchronized (this) {
            if (counted) {
                return;
            }
            boolean empty = jdbc.sql("SELECT COUNT(*) FROM word_count").query(Long.class).single() == 0;
            boolean passages = jdbc.sql("SELECT COUNT(*) FROM event_source").query(Long.class).single() > 0;
            if (empty && passages) {
                Map<Long, String> languages = new HashMap<>();
                Map<Long, Set<String>> words = new HashMap<>();
                jdbc.sql("SELECT s.document_id, e.language, s.passage_text FROM event_source s JOIN event e ON e.id = s.event_id")
                        .query(rs -> {
                            long document = rs.getLong(1);
                            languages.putIfAbsent(document, rs.getString(2));
                            words.computeIfAbsent(document, d -> new java.util.HashSet<>())
                                    .addAll(org.annalist.event.MergeWords.of(rs.getString(3), rs.getString(2)).keySet());
                        });
                words.forEach((document, its) -> added(languages.get(document), its));
            }
            counted = true;
        }
    }

    /** Counts one document's words (each once). */
    public void added(String language, Set<String> words) {
        List<Object[]> rows = rows(language, words);
        int[] updated = batch.batchUpdate("UPDATE word_count SET documents = documents + 1 WHERE language = ? AND word = ?", rows);
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                try {
                    jdbc.sql("INSERT INTO word_count (language, word, documents) VALUES (?, ?, 1)").params(rows.get(i)).update();
                } catch (DuplicateKeyException counted) {
                    // Another writer counted it first, at the same moment.
                    jdbc.sql("UPDATE word_count SET documents = documents + 1 WHERE language = ? AND word = ?")
                            .params(rows.get(i)).update();
                }
            }
        }
    }

    /** Counts down one document's words. */
    public void removed(String language, Set<String> words) {
        batch.batchUpdate("UPDATE word_count SET documents = documents - 1 WHERE language = ? AND word = ? AND documents > 0",
                rows(language, words));
    }

    private static List<Object[]> rows(String language, Set<String> words) {
        String key = key(language);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {key, DOCUMENTS});
        words.forEach(word -> rows.add(new Object[] {key, word}));
        return rows;
    }

    private static String key(String language) {
        return language == null ? "fr" : language;
    }
}
