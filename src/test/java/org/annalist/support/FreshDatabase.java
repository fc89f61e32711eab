package org.annalist.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A new, empty database migrated by the application's scripts, for tests that work below Spring: in memory on H2, or a
 * new database on the test PostgreSQL server in the PostgreSQL run ({@link PostgresForTests}).
 */
public final class FreshDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private FreshDatabase() {
    }

    /** A migrated database whose name starts with {@code prefix} (letters and digits). */
    public static DataSource migrated(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        DataSource source = PostgresForTests.active() ? postgres(name) : h2(name);
        String vendor = PostgresForTests.active() ? "postgresql" : "h2";
        Flyway.configure().dataSource(source).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
        return source;
    }

    private static DataSource h2(String name) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        return source;
    }

    /**
     * The JDBC URL of a new, empty database on the test PostgreSQL server (started if need be), whatever this run's
     * database: for processes that migrate it themselves (the packaged jar).
     */
    public static String emptyPostgresUrl(String prefix) {
        return createPostgres(prefix + "_" + DATABASES.incrementAndGet());
    }

    private static DataSource postgres(String name) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(createPostgres(name));
        source.setUser("postgres");
        return source;
    }

    /** Creates the database on the test server; its URL. */
    private static String createPostgres(String name) {
        PGSimpleDataSource server = new PGSimpleDataSource();
        server.setURL(PostgresForTests.url());
        server.setUser("postgres");
        try (Connection db = server.getConnection(); Statement create = db.createStatement()) {
            create.execute("CREATE DATABASE " + name.toLowerCase(java.util.Locale.ROOT));
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return PostgresForTests.url().replaceFirst("/postgres(\\?|$)", "/" + name.toLowerCase(java.util.Locale.ROOT) + "$1");
    }
}
