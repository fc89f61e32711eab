package org.annalist.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.layout.FurnitureMemory;
import org.annalist.layout.LineFingerprints;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many stored documents hold each line: the memory by which a page's furniture is told from its article as
 * documents arrive (the 40th page of a site is cleaned by what the first 39 share). One counter a line, read by its
 * key. A page's lines are counted in one statement, whatever their number (a crawled page with its comments has
 * thousands; one statement a line was most of what storing such a page cost).
 */
@Repository
public class LineFingerprintRepository {

    /** Fingerprints asked for in one statement. */
    private static final int CHUNK = 500;

    private static final String COUNT = """
            MERGE INTO line_fingerprint f USING (SELECT x FROM UNNEST(CAST(:fingerprints AS BIGINT ARRAY)) AS t(x)) n
            ON f.fingerprint = n.x
            WHEN MATCHED THEN UPDATE SET documents = documents + 1
            WHEN NOT MATCHED THEN INSERT (fingerprint, documents) VALUES (n.x, 1)""";

    private final JdbcClient jdbc;

    public LineFingerprintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What the stored documents say of this text's lines.
     *
     * @param stored true when the text itself is stored and counted (re-reading it): its own lines are then left out
     */
    public FurnitureMemory memoryFor(String text, boolean stored) {
        return FurnitureMemory.of(countsFor(text, stored));
    }

    /**
     * For each of this text's lines that stored documents hold, how many do (lines no stored document holds left out).
     *
     * @param stored true when the text itself is stored and counted: its own lines are then left out
     */
    public Map<Long, Integer> countsFor(String text, boolean stored) {
        List<Long> fingerprints = new ArrayList<>(LineFingerprints.of(text));
        Map<Long, Integer> counts = new HashMap<>();
        // A list of values, not an array: the database reads IN (...) by the key, = ANY(array) row by row.
        for (int from = 0; from < fingerprints.size(); from += CHUNK) {
            List<Long> chunk = fingerprints.subList(from, Math.min(fingerprints.size(), from + CHUNK));
            jdbc.sql("SELECT fingerprint, documents FROM line_fingerprint WHERE fingerprint IN (:chunk)")
                    .param("chunk", chunk)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        if (stored) {
            counts.replaceAll((fingerprint, documents) -> documents - 1);
        }
        counts.values().removeIf(documents -> documents <= 0);
        return counts;
    }

    /** Counts the lines of a document just stored. */
    public void added(String text) {
        Long[] fingerprints = LineFingerprints.of(text).toArray(Long[]::new);
        if (fingerprints.length == 0) {
            return;
        }
        try {
            jdbc.sql(COUNT).param("fingerprints", fingerprints).update();
        } catch (DuplicateKeyException counted) {
            // Another writer counted one of these lines first, at the same moment (the statement as a whole was undone):
            // line by line, as that writer's count now stands.
            for (Long fingerprint : fingerprints) {
                jdbc.sql(COUNT).param("fingerprints", new Long[] {fingerprint}).update();
            }
        }
    }

    /** Counts down the lines of a document being deleted (from its text: the same fingerprints as when it was stored). */
    public void removed(String text) {
        Long[] fingerprints = LineFingerprints.of(text).toArray(Long[]::new);
        if (fingerprints.length > 0) {
            jdbc.sql("UPDATE line_fingerprint SET documents = documents - 1 WHERE fingerprint = ANY(:fingerprints) AND documents > 0")
                    .param("fingerprints", fingerprints)
                    .update();
        }
    }
}
