package org.annalist.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.annalist.temporal.TemporalTagger;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every language in {@code lang/languages.txt} is a complete folder: the files every language has, tables that read
 * as {@code key=value}, rules that load and tag. A language added by files alone is checked here like the others.
 */
class LanguagePackTest {

    private static final Path ROOT = Path.of("src/main/resources/lang");

    @TestFactory
    Stream<DynamicTest> everyLanguageFolderIsComplete() throws IOException {
        List<String> languages = Lexicon.languages();
        assertThat(languages).contains("fr", "en");
        Set<String> shared = null;
        for (String language : languages) {
            Set<String> files = files(language);
            if (shared == null) {
                shared = new TreeSet<>(files);
            } else {
                shared.retainAll(files);
            }
        }
        Set<String> required = shared;
        return languages.stream().map(language -> DynamicTest.dynamicTest(language, () -> {
            assertThat(files(language)).as("lang/%s/", language).containsAll(required);
            Lexicon lexicon = Lexicon.of(language);
            for (String file : files(language)) {
                if (Files.readAllLines(ROOT.resolve(language).resolve(file)).stream()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")).allMatch(l -> l.contains("="))) {
                    assertThatCode(() -> lexicon.table(file)).as(file).doesNotThrowAnyException();
                }
            }
            // The rules load (an unknown rule kind or a bad pattern refuses the file) and tag.
            assertThat(TemporalTagger.standard().languages()).contains(language);
            assertThatCode(() -> TemporalTagger.standard().tag("2020 2021-03-04 12/05/2019", language,
                    LocalDate.of(2020, 1, 10))).doesNotThrowAnyException();
        }));
    }

    private static Set<String> files(String language) throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve(language))) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        return names;
    }
}
