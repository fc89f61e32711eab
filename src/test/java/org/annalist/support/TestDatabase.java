package org.annalist.support;

import org.annalist.database.EventRevision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What tests do to the database by hand, told to the store as its own writers tell it (the timeline's index must know
 * that the events changed). A bean of the tests' application context (it lies under the scanned package).
 */
@Component
public class TestDatabase {

    private final JdbcClient jdbc;
    private final EventRevision revision;

    public TestDatabase(JdbcClient jdbc, EventRevision revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    /** Removes every event and document (with what depends on them). */
    public void empty() {
        jdbc.sql("DELETE FROM event").update();
        jdbc.sql("DELETE FROM document").update();
        jdbc.sql("DELETE FROM line_fingerprint").update();
        jdbc.sql("DELETE FROM word_count").update();
        revision.written();
    }

    /** Runs an update written by hand on events or their rows, and says that any event may have changed. */
    public void update(String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
        revision.written();
    }
}
