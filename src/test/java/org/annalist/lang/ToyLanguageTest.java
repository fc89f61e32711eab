package org.annalist.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's claim that adding a language means adding files: a toy language (Esperanto, three files under
 * {@code src/test/resources/toy-language/lang/}: months, weekdays, two date rules, and its code in
 * {@code languages.txt}) is put first on the class path of a fresh JVM, without a line of code, and the extraction core
 * dates its events, titles them and finds a known actor.
 */
class ToyLanguageTest {

    @Test
    void aLanguageMadeOfFilesAloneDatesAndTitlesEvents() throws Exception {
        Path toy = Path.of("src/test/resources/toy-language").toAbsolutePath();
        String classPath = toy + File.pathSeparator + System.getProperty("java.class.path");
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, ToyLanguageProbe.class.getName(), "eo", "2020-01-10",
                "Iran pafis misilojn 8 januaro 2020 al Irako. Poste la registaro kunvenis en marto 2021 en Teherano.")
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.exitValue()).as(out).isZero();
        List<String> events = out.lines().filter(l -> l.startsWith("event ")).toList();

        assertThat(out).contains("languages [fr, en, eo]");
        assertThat(events).as(out).anySatisfy(e -> assertThat(e).startsWith("event 2020-01-08 | ").contains("pafis")
                .contains("state-ir"));
        assertThat(events).as(out).anySatisfy(e -> assertThat(e).startsWith("event 2021-03 | ").contains("kunvenis"));
    }
}
