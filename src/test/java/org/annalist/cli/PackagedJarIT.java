package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI runs from the packaged jar, as the README says, without starting the web server. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "annalist.jar");

    @TempDir
    Path dir;

    record Run(int exitCode, String output) {
    }

    private Run annalist(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void ingestsAndListsFromTheJar() throws Exception {
        assertThat(JAR).exists();
        Run ingest = annalist("ingest", "seeds");
        assertThat(ingest.output()).contains("2 stored, 0 unchanged, 0 rejected").doesNotContain("Tomcat");
        assertThat(ingest.exitCode()).isZero();

        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
        Run rejected = annalist("ingest", bad.toString());
        assertThat(rejected.output()).contains("rejected   " + bad + ": binary file, not text");
        assertThat(rejected.exitCode()).isEqualTo(1);

        Run documents = annalist("documents");
        assertThat(documents.output()).contains("Comment Soleimani a convaincu Poutine d'aider Damas", "2 documents");
        assertThat(documents.exitCode()).isZero();

        Run usage = annalist("ingest", "--bogus");
        assertThat(usage.exitCode()).isEqualTo(2);
    }
}
