package org.annalist.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Closes the embedded database before anything opens it.
 * <ul>
 *   <li>H2's automatic server (which lets the CLI work while the web app holds the file) listens on the loopback
 *   interface only: {@code h2.bindAddress}, read once when H2 loads, so it is set here, before any connection.</li>
 *   <li>An H2 file database configured without a password gets one: generated at first start, kept in
 *   {@code annalist.db-password} beside the database, readable by its owner only; a database created earlier with the
 *   empty password is switched to it. The database folder is made private to its owner (H2's lock file holds the
 *   server's key).</li>
 * </ul>
 * Other databases, an explicit password and in-memory H2 are left as configured.
 */
public class DatabaseProtection implements EnvironmentPostProcessor {

    static final String PASSWORD_FILE = "annalist.db-password";
    private static final String SOURCE = "annalist-database-protection";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", environment.getProperty("annalist.database.bind-address", "127.0.0.1"));
        }
        String url = environment.getProperty("spring.datasource.url", "");
        String password = environment.getProperty("spring.datasource.password", "");
        Optional<Path> database = h2File(url);
        if (database.isEmpty() || !password.isEmpty()) {
            return;
        }
        String user = environment.getProperty("spring.datasource.username", "sa");
        String secret = secretFor(database.get(), url, user);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of("spring.datasource.password", secret)));
    }

    /** The file of an H2 file URL ({@code jdbc:h2:file:./data/annalist;...} or {@code jdbc:h2:./data/annalist}). */
    static Optional<Path> h2File(String url) {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:")
                || url.startsWith("jdbc:h2:ssl:") || url.startsWith("jdbc:h2:zip:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int options = rest.indexOf(';');
        String file = options < 0 ? rest : rest.substring(0, options);
        if (file.startsWith("~")) {
            file = System.getProperty("user.home") + file.substring(1);
        }
        return file.isBlank() ? Optional.empty() : Optional.of(Path.of(file).toAbsolutePath().normalize());
    }

    /** The password of the database (generated and stored on first use), the database switched to it if it had none. */
    static String secretFor(Path database, String url, String user) {
        Path folder = database.getParent();
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            if (!Files.isDirectory(folder) || holdsOnlyTheDatabase(folder, database)) {
                Files.createDirectories(folder);
                ownerOnly(folder, "rwx------");
            }
            if (Files.exists(file)) {
                ownerOnly(file, "rw-------");
                return Files.readString(file).strip();
            }
            String secret = Secrets.password(32);
            if (databaseExists(database)) {
                setPassword(url, user, secret);
            }
            Path written = folder.resolve(PASSWORD_FILE + ".new");
            Files.writeString(written, secret + "\n");
            ownerOnly(written, "rw-------");
            Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the database password in " + file + ": " + e.getMessage(), e);
        }
    }

    /** A folder of its own (such as the default {@code ./data}) is made private; a shared one is left as it is. */
    private static boolean holdsOnlyTheDatabase(Path folder, Path database) throws IOException {
        String name = database.getFileName().toString();
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).allMatch(n -> n.startsWith(name) || n.startsWith("annalist"));
        }
    }

    private static boolean databaseExists(Path database) {
        return Files.exists(Path.of(database + ".mv.db"));
    }

    /** A database created with the empty password (before Annalist generated one) gets the new one. */
    private static void setPassword(String url, String user, String secret) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             PreparedStatement alter = connection.prepareStatement("ALTER USER \"" + user.toUpperCase(java.util.Locale.ROOT)
                     + "\" SET PASSWORD ?")) {
            alter.setString(1, secret);
            alter.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("The database " + url + " has a password Annalist does not know: set "
                    + "spring.datasource.password, or put it in " + PASSWORD_FILE + " beside the database ("
                    + e.getMessage() + ")", e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
