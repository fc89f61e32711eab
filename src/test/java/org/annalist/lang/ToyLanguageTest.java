package org.annalist.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's claim that adding a language means adding files: a toy language (Esperanto, three files under
 * {@code src/test/resources/toy-language/lang/}: months, weekdays, two date rules, and its code in
 * {@code languages.txt}) is put first on the class path of a fresh JVM, without a line of code, and the extraction core
 * dates its events, titles them and finds a known actor.
 */
class ToyLanguageTest {

    private static final Path TOY = Path.of("src/test/resources/toy-language").toAbsolutePath();

    /** The probe's output in a fresh JVM whose class path starts with {@code languages}; fails unless it exits 0. */
    private static String probe(Path languages, boolean succeeds, String text) throws Exception {
        String classPath = languages + File.pathSeparator + System.getProperty("java.class.path");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, ToyLanguageProbe.class.getName(), "eo", "2020-01-10", text)
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.exitValue() == 0).as(out).isEqualTo(succeeds);
        return out;
    }

    @Test
    void aRuleOfAnUnknownKindRefusesTheFile(@TempDir Path folder) throws Exception {
        Path eo = Files.createDirectories(folder.resolve("lang/eo"));
        Files.copy(TOY.resolve("lang/languages.txt"), folder.resolve("lang/languages.txt"));
        for (String file : List.of("months.txt", "weekdays.txt")) {
            Files.copy(TOY.resolve("lang/eo").resolve(file), eo.resolve(file));
        }
        Files.writeString(eo.resolve("timex-rules.txt"),
                Files.readString(TOY.resolve("lang/eo/timex-rules.txt")).replace("\tmonth\t", "\tmonthly\t"));
        assertThat(probe(folder, false, "Okazis 3 januaro 2020."))
                .contains("lang/eo/timex-rules.txt, rule month-year: unknown rule kind 'monthly' (kinds: date,");
    }

    @Test
    void aLanguageMadeOfFilesAloneDatesAndTitlesEvents() throws Exception {
        String out = probe(TOY, true,
                "Iran pafis misilojn 8 januaro 2020 al Irako. Poste la registaro kunvenis en marto 2021 en Teherano.");
        List<String> events = out.lines().filter(l -> l.startsWith("event ")).toList();

        assertThat(out).contains("languages [fr, en, eo]");
        assertThat(events).as(out).anySatisfy(e -> assertThat(e).startsWith("event 2020-01-08 | ").contains("pafis")
                .contains("state-ir"));
        assertThat(events).as(out).anySatisfy(e -> assertThat(e).startsWith("event 2021-03 | ").contains("kunvenis"));
    }
}
