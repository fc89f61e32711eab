package org.annalist.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top-level launcher ({@code ./annalist}) finds a JDK >= 21 wherever a machine keeps one, even when the default
 * java is older, and says what to install when there is none; CI runs the README's test command as typed.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("annalist").toAbsolutePath();

    @TempDir
    Path dir;

    private Path jvms;
    private Path oldOnPath;

    record Run(int exitCode, String output) {
    }

    @BeforeEach
    void machine() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the launcher");
        jvms = Files.createDirectories(dir.resolve("jvm"));
        // The machine's default java: a Java 17 first on the PATH.
        oldOnPath = fakeJdk(dir.resolve("default-java"), "17.0.15", true);
    }

    /** A JDK home whose java says it is {@code version} (from its release file, as real ones do). */
    private static Path fakeJdk(Path home, String version, boolean withJavac) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        executable(bin.resolve("java"), "#!/bin/sh\necho 'fake java " + version + "'\n");
        if (withJavac) {
            executable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
        }
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Run launcher(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of("/bin/bash", LAUNCHER.toString())));
        builder.command().addAll(List.of(args));
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", oldOnPath.resolve("bin") + ":/usr/bin:/bin");
        builder.environment().put("ANNALIST_JDK_DIRS", jvms.toString());
        builder.environment().putAll(env);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void passesOverTheOldDefaultJavaForTheNewestJdkInstalled() throws Exception {
        fakeJdk(jvms.resolve("java-17-openjdk"), "17.0.15", true);
        fakeJdk(jvms.resolve("temurin-21-jdk"), "21.0.5", true);
        Path newest = fakeJdk(jvms.resolve("temurin-25-jdk"), "25.0.1", true);
        fakeJdk(jvms.resolve("jre-26"), "26", false);
        Run run = launcher(Map.of(), "jdk");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).startsWith(newest + " (Java 25, the newest JDK >= 21 in " + jvms + ")");
    }

    @Test
    void takesJavaHomeWhenItIsRecentEnough() throws Exception {
        fakeJdk(jvms.resolve("temurin-25-jdk"), "25.0.1", true);
        Path chosen = fakeJdk(dir.resolve("my-jdk"), "22.0.2", true);
        Run run = launcher(Map.of("JAVA_HOME", chosen.toString()), "jdk");
        assertThat(run.output()).startsWith(chosen + " (Java 22, JAVA_HOME)");
    }

    @Test
    void takesTheJavaOnThePathWhenItIsRecentEnough() throws Exception {
        Path onPath = fakeJdk(dir.resolve("path-jdk"), "21.0.1", true);
        Run run = launcher(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin"), "jdk");
        assertThat(run.output()).startsWith(onPath + " (Java 21, the java on the PATH)");
    }

    @Test
    void saysWhatToInstallWhenThereIsNoJdk21() throws Exception {
        fakeJdk(jvms.resolve("java-17-openjdk"), "17.0.15", true);
        Path old = fakeJdk(dir.resolve("old-home"), "11.0.2", true);
        Run run = launcher(Map.of("JAVA_HOME", old.toString()), "test");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .contains("needs a JDK 21 or newer, and found none")
                .contains("JAVA_HOME=" + old + ": Java 11")
                .contains(oldOnPath + " (the java on the PATH): Java 17")
                .contains(jvms.resolve("java-17-openjdk") + ": Java 17")
                .contains("apt-get install openjdk-21-jdk");
    }

    @Test
    void ciRunsTheReadmesTestCommandAsTyped() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher row = Pattern.compile("\\| \\*\\*Test\\*\\*[^|]*\\| `([^`]+)` \\|").matcher(readme);
        assertThat(row.find()).as("the README's table has a Test row").isTrue();
        List<String> ci = Files.readAllLines(Path.of(".ci", "run"));
        assertThat(ci).contains(row.group(1));
    }
}
