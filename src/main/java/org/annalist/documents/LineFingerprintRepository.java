package org.annalist.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.layout.FurnitureMemory;
import org.annalist.layout.LineFingerprints;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many stored documents hold each line: the memory by which a page's furniture is told from its article as
 * documents arrive (the 40th page of a site is cleaned by what the first 39 share). One counter a line, read by its
 * key: a page's look-up costs one read a line whatever the number of documents.
 */
@Repository
public class LineFingerprintRepository {

    /** Fingerprints asked for in one statement. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public LineFingerprintRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * What the stored documents say of this text's lines.
     *
     * @param stored true when the text itself is stored and counted (re-reading it): its own lines are then left out
     */
    public FurnitureMemory memoryFor(String text, boolean stored) {
        List<Long> fingerprints = new ArrayList<>(LineFingerprints.of(text));
        Map<Long, Integer> counts = new HashMap<>();
        for (int from = 0; from < fingerprints.size(); from += CHUNK) {
            List<Long> chunk = fingerprints.subList(from, Math.min(fingerprints.size(), from + CHUNK));
            jdbc.sql("SELECT fingerprint, documents FROM line_fingerprint WHERE fingerprint IN (:chunk)")
                    .param("chunk", chunk)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        int own = stored ? 1 : 0;
        return fingerprint -> Math.max(0, counts.getOrDefault(fingerprint, 0) - own);
    }

    /** Counts the lines of a document just stored. */
    public void added(String text) {
        List<Object[]> rows = LineFingerprints.of(text).stream().map(f -> new Object[] {f}).toList();
        if (rows.isEmpty()) {
            return;
        }
        int[] updated = batch.batchUpdate("UPDATE line_fingerprint SET documents = documents + 1 WHERE fingerprint = ?", rows);
        List<Object[]> fresh = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                fresh.add(rows.get(i));
            }
        }
        for (Object[] row : fresh) {
            try {
                jdbc.sql("INSERT INTO line_fingerprint (fingerprint, documents) VALUES (?, 1)").params(row).update();
            } catch (DuplicateKeyException counted) {
                // Another writer counted this line first, at the same moment.
                jdbc.sql("UPDATE line_fingerprint SET documents = documents + 1 WHERE fingerprint = ?").params(row).update();
            }
        }
    }

    /** Counts down the lines of a document being deleted (from its text: the same fingerprints as when it was stored). */
    public void removed(String text) {
        List<Object[]> rows = LineFingerprints.of(text).stream().map(f -> new Object[] {f}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("UPDATE line_fingerprint SET documents = documents - 1 WHERE fingerprint = ? AND documents > 0", rows);
        }
    }
}
