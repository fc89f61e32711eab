package org.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annalist.temporal.TemporalTagger;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The text a language command reads (a file or standard input) and its language (given or detected). */
class TextInput {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The text (UTF-8), or - for standard input (default).")
    String file = "-";

    @Option(names = "--lang", defaultValue = "auto", paramLabel = "fr|en|auto",
            description = "Language of the text (default: ${DEFAULT-VALUE}, detected).")
    String language;

    private final TemporalTagger languages = TemporalTagger.standard();

    /** Fails with a usage error when the language option names no known language. */
    void checkLanguage() {
        if (!language.equals("auto") && !languages.languages().contains(language)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown language '" + language
                    + "' (known: " + String.join(", ", languages.languages()) + ", auto)");
        }
    }

    String read() throws IOException {
        return file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    Reader reader() throws IOException {
        InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The language option, or the text's detected language when it says auto (English when unsure). */
    String languageOf(String text) {
        return language.equals("auto") ? languages.detectLanguage(text, "en") : language;
    }
}
