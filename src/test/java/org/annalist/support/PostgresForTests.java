package org.annalist.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the Spring tests against a real PostgreSQL server when {@code -Dannalist.test.database=postgresql} (the second
 * Surefire run of {@code mvn verify}): one embedded server for the whole test JVM (binaries from a Maven artifact,
 * listening on loopback, stopped by its own shutdown hook with the JVM), in place of the in-memory H2 database of {@code application-test}.
 */
public class PostgresForTests implements EnvironmentPostProcessor {

    public static final String PROPERTY = "annalist.test.database";

    private static EmbeddedPostgres server;

    /** Whether this test run is the PostgreSQL one. */
    public static boolean active() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The JDBC URL of the test server (started on first use). */
    public static synchronized String url() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // A test that names its own database (the command-line tests' file databases) keeps it.
        if (!active() || System.getProperty("spring.datasource.url") != null) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("annalist-test-postgresql", Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }
}
