package org.annalist.timeline;

/** How the grid sorts: fixed SQL per choice. */
public enum Sort {
    START(" ORDER BY CASE WHEN e.interval_start IS NULL THEN 1 ELSE 0 END, e.interval_start, e.id",
            " ORDER BY e.interval_start, e.id"),
    START_DESC(" ORDER BY CASE WHEN e.interval_start IS NULL THEN 1 ELSE 0 END, e.interval_start DESC, e.id DESC",
            " ORDER BY e.interval_start DESC, e.id DESC"),
    TITLE(" ORDER BY LOWER(e.title), e.id"),
    TITLE_DESC(" ORDER BY LOWER(e.title) DESC, e.id DESC"),
    CONFIDENCE(" ORDER BY e.confidence, e.id"),
    CONFIDENCE_DESC(" ORDER BY e.confidence DESC, e.id DESC");

    final String sql;
    /** The same order when only dated events are selected: without the CASE, the interval index gives the order. */
    final String datedSql;

    Sort(String sql) {
        this(sql, sql);
    }

    Sort(String sql, String datedSql) {
        this.sql = sql;
        this.datedSql = datedSql;
    }
}
