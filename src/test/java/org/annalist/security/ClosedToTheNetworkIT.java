package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.support.ListeningSockets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a new user starts it (defaults only): nothing listens on another interface than the
 * loopback, the database refuses the empty password and its secrets are its owner's, every page needs a sign-in, the
 * first admin's password is printed once and the command line manages accounts while the app runs.
 */
class ClosedToTheNetworkIT {

    private static final Path JAR = Path.of("target", "annalist.jar");
    private static final Pattern READY = Pattern.compile("Annalist is ready: open (http://\\S+)");
    private static final Pattern FIRST = Pattern.compile("Sign in as  admin  with the password  (\\S+)");

    @TempDir
    Path dir;

    private Process server;
    private final StringBuilder output = new StringBuilder();

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("data/annalist").toAbsolutePath() + ";AUTO_SERVER=TRUE",
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private String start() throws Exception {
        server = new ProcessBuilder(java("--server.port=0")).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    Matcher ready = READY.matcher(line);
                    if (ready.find()) {
                        address.complete(ready.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IllegalStateException("stopped before it was ready:\n" + output));
        });
        return address.get(180, TimeUnit.SECONDS);
    }

    private String cli(String... args) throws Exception {
        Process process = new ProcessBuilder(java(args)).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    @Test
    void aFreshStartIsClosedToTheNetworkAndBehindASignIn() throws Exception {
        assumeTrue(ListeningSockets.available(), "no /proc/net/tcp on this system");
        assertThat(JAR).exists();
        String address = start();
        assertThat(address).startsWith("http://127.0.0.1:");

        // Every listening socket (the web port, H2's server for the command line) is on the loopback interface.
        List<ListeningSockets.Socket> sockets = ListeningSockets.of(server.pid());
        assertThat(sockets).hasSizeGreaterThanOrEqualTo(2).allMatch(ListeningSockets.Socket::loopback, "on the loopback");

        // The database's password is generated, its owner's only, and the empty one is refused even through H2's server.
        Path folder = dir.resolve("data");
        Path secretFile = folder.resolve(DatabaseProtection.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        String secret = Files.readString(secretFile).strip();
        Properties lock = new Properties();
        try (var in = Files.newInputStream(folder.resolve("annalist.lock.db"))) {
            lock.load(in);
        }
        String tcp = "jdbc:h2:tcp://" + lock.getProperty("server") + "/" + lock.getProperty("id");
        assertThatThrownBy(() -> DriverManager.getConnection(tcp, "sa", "").close()).isInstanceOf(SQLException.class);
        DriverManager.getConnection(tcp, "sa", secret).close();

        // The first admin's password is printed once; the database's never.
        Matcher first = FIRST.matcher(output);
        assertThat(first.find()).isTrue();
        String adminPassword = first.group(1);
        assertThat(output.toString().split(Pattern.quote(adminPassword), -1)).hasSize(2);
        assertThat(output.toString()).doesNotContain(secret).doesNotContain("generated security password");

        // Every page asks for a sign-in; the pages carry the security headers; a wrong password is refused.
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(address + "login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("object-src 'none'", "frame-ancestors 'self'"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(address + "VAADIN/nothing-here")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.body()).doesNotContain("Exception", "at org.", "SQL");

        // The command line works beside the running app (through H2's loopback server) and manages the accounts.
        String added = cli("users", "add", "rita", "--role", "reader");
        assertThat(added).contains("added      rita (reader)", "password of rita (shown this once): ");
        assertThat(cli("users", "list")).contains("admin", "rita", "reader");
        assertThat(adminPassword).hasSize(20);
    }
}
