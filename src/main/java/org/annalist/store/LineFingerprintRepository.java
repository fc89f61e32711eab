package org.annalist.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.layout.FurnitureMemory;
import org.annalist.layout.LineFingerprints;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many stored documents hold each line: the memory by which a page's furniture is told from its article as
 * documents arrive (the 40th page of a site is cleaned by what the first 39 share).
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
     * @param stored true when the text itself is stored (re-reading it): its own lines are then not counted
     */
    public FurnitureMemory memoryFor(String text, boolean stored) {
        List<Long> fingerprints = new ArrayList<>(LineFingerprints.of(text));
        Map<Long, Integer> counts = new HashMap<>();
        for (int from = 0; from < fingerprints.size(); from += CHUNK) {
            List<Long> chunk = fingerprints.subList(from, Math.min(fingerprints.size(), from + CHUNK));
            jdbc.sql("SELECT fingerprint, COUNT(DISTINCT document_id) FROM document_line WHERE fingerprint IN (:chunk) GROUP BY fingerprint")
                    .param("chunk", chunk)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        int own = stored ? 1 : 0;
        return fingerprint -> Math.max(0, counts.getOrDefault(fingerprint, 0) - own);
    }

    /** Records the lines of a document being stored, in its transaction. */
    public void record(long documentId, String text) {
        List<Object[]> rows = LineFingerprints.of(text).stream().map(f -> new Object[] {documentId, f}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO document_line (document_id, fingerprint) VALUES (?, ?)", rows);
        }
    }
}
