package org.annalist.ui;

import org.annalist.support.FreshDatabase;

/**
 * The same as {@link LiveWritesIT} on PostgreSQL: two instances of the packaged app and the command line on one
 * PostgreSQL database (the embedded test server, on loopback), the command line's write shown by both within seconds.
 */
class LiveWritesPostgresIT extends LiveWritesIT {

    private String url;

    @Override
    protected String databaseUrl() {
        if (url == null) {
            url = FreshDatabase.emptyPostgresUrl("live");
        }
        return url;
    }
}
