package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database gets a password of its own, kept where only its owner reads it. */
class DatabaseProtectionTest {

    @TempDir
    Path dir;

    @Test
    void theFileOfAnH2UrlIsFoundAndOtherDatabasesAreLeftAlone() {
        assertThat(DatabaseProtection.h2File("jdbc:h2:file:./data/annalist;AUTO_SERVER=TRUE"))
                .contains(Path.of("data/annalist").toAbsolutePath().normalize());
        assertThat(DatabaseProtection.h2File("jdbc:h2:/srv/annalist")).contains(Path.of("/srv/annalist"));
        assertThat(DatabaseProtection.h2File("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(DatabaseProtection.h2File("jdbc:h2:tcp://host/db")).isEmpty();
        assertThat(DatabaseProtection.h2File("jdbc:postgresql://localhost/annalist")).isEmpty();
    }

    @Test
    void aNewDatabaseGetsAGeneratedPasswordInAFileOnlyItsOwnerReads() throws Exception {
        Path database = dir.resolve("data/annalist");
        String url = "jdbc:h2:file:" + database;
        String secret = DatabaseProtection.secretFor(database, url, "sa");
        assertThat(secret).hasSize(32);
        Path file = dir.resolve("data").resolve(DatabaseProtection.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        // H2 makes the database with the first credentials it sees: these.
        DriverManager.getConnection(url, "sa", secret).close();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        assertThat(DatabaseProtection.secretFor(database, url, "sa")).isEqualTo(secret);
    }

    @Test
    void aDatabaseMadeEarlierWithTheEmptyPasswordIsSwitchedToTheGeneratedOne() throws Exception {
        Path database = dir.resolve("old/annalist");
        String url = "jdbc:h2:file:" + database;
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE kept(id INT)");
        }
        String secret = DatabaseProtection.secretFor(database, url, "sa");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (var connection = DriverManager.getConnection(url, "sa", secret)) {
            assertThat(connection.createStatement().executeQuery("SELECT COUNT(*) FROM kept").next()).isTrue();
        }
    }

    @Test
    void aSharedFolderKeepsItsPermissions() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(shared.resolve("someone-elses-file.txt"), "x");
        DatabaseProtection.secretFor(shared.resolve("annalist"), "jdbc:h2:file:" + shared.resolve("annalist"), "sa");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve(DatabaseProtection.PASSWORD_FILE))))
                .isEqualTo("rw-------");
    }
}
