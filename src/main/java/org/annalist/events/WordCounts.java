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

    /**
     * Word rarity for the storing of one document: each word's count is asked of the database once, however many of
     * the document's events and their candidates have it.
     */
    public final class Lookup implements WordRarity {

        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        /** Asks the counts of the words not asked yet. */
        public void prefetch(String language, Collection<String> words) {
            Map<String, Integer> known = counts.computeIfAbsent(key(language), l -> new HashMap<>());
            List<String> asked = new ArrayList<>();
            if (!known.containsKey(DOCUMENTS)) {
                asked.add(DOCUMENTS);
            }
            words.stream().filter(word -> !known.containsKey(word)).forEach(asked::add);
            if (!asked.isEmpty()) {
                known.putAll(read(key(language), asked));
            }
        }

        @Override
        public double idf(String language, String word) {
            Map<String, Integer> known = counts.getOrDefault(key(language), Map.of());
            return WordRarity.idf(known.getOrDefault(DOCUMENTS, 0), known.getOrDefault(word, 0));
        }
    }

    /** A rarity that remembers the counts it asked for (one document's storing). */
    public Lookup lookup() {
        ensureCounted();
        return new Lookup();
    }

    /** The counts of the words asked (0 for a word never counted). */
    private Map<String, Integer> read(String key, List<String> asked) {
        Map<String, Integer> counts = new HashMap<>();
        asked.forEach(word -> counts.put(word, 0));
        for (int from = 0; from < asked.size(); from += CHUNK) {
            // Joined to the asked words, not "word IN (...)": H2 read every word of the language for that list and
            // compared each with all of it (a seventh of storing, growing with the corpus); the join seeks the key.
            jdbc.sql(READ)
                    .param("language", key)
                    .param("words", asked.subList(from, Math.min(asked.size(), from + CHUNK)).toArray(String[]::new))
                    .query(rs -> {
                        counts.put(rs.getString(1), rs.getInt(2));
                    });
        }
        return counts;
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

    /** Counts one document's words (each once), and the document, in one statement. */
    public void added(String language, Set<String> words) {
        List<String> all = new ArrayList<>(words);
        all.add(DOCUMENTS);
        try {
            jdbc.sql(COUNT).param("language", key(language)).param("words", all.toArray(String[]::new)).update();
        } catch (DuplicateKeyException counted) {
            // Another writer counted one of these words first, at the same moment (the statement as a whole was
            // undone): word by word, as that writer's count now stands.
            for (String word : all) {
                jdbc.sql(COUNT).param("language", key(language)).param("words", new String[] {word}).update();
            }
        }
    }

    private static final String READ = """
            SELECT c.word, c.documents FROM UNNEST(CAST(:words AS VARCHAR(64) ARRAY)) AS t(x)
            JOIN word_count c ON c.language = :language AND c.word = t.x""";

    private static final String COUNT = """
            MERGE INTO word_count c USING (SELECT x FROM UNNEST(CAST(:words AS VARCHAR(64) ARRAY)) AS t(x)) n
            ON c.language = :language AND c.word = n.x
            WHEN MATCHED THEN UPDATE SET documents = documents + 1
            WHEN NOT MATCHED THEN INSERT (language, word, documents) VALUES (:language, n.x, 1)""";

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
