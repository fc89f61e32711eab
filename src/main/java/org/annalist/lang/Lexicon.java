package org.annalist.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language knowledge read from resource files under {@code lang/<code>/}: word lists (one entry a line) and
 * tables ({@code key=value} lines). Lines starting with {@code #} are comments. Adding a language means adding
 * its code to {@code lang/languages.txt} and a folder of files; no code changes.
 */
public final class Lexicon {

    private static final String ROOT = "/lang/";
    private static final Map<String, Lexicon> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final List<String> LANGUAGES = List.copyOf(readLines(ROOT + "languages.txt"));

    private final String language;
    private final Map<String, List<String>> files = new ConcurrentHashMap<>();

    private Lexicon(String language) {
        this.language = language;
    }

    /** The codes of every language with a lexicon, in the order of {@code lang/languages.txt}. */
    public static List<String> languages() {
        return LANGUAGES;
    }

    public static Lexicon of(String language) {
        return BY_LANGUAGE.computeIfAbsent(language.toLowerCase(Locale.ROOT), Lexicon::new);
    }

    public String language() {
        return language;
    }

    /** The entries of a word list, lower-cased; empty when this language has no such file. */
    public Set<String> words(String file) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(file)) {
            words.add(line.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** The {@code key=value} entries of a table, keys as written; empty when this language has no such file. */
    public Map<String, String> table(String file) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : lines(file)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("lang/" + language + "/" + file + ": expected key=value, got: " + line);
            }
            table.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return table;
    }

    /** The entries of a file exactly as written (patterns, for instance); empty when there is no such file. */
    public List<String> lines(String file) {
        return files.computeIfAbsent(file, f -> readLines(ROOT + language + "/" + f));
    }

    private static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read language resource " + resource, e);
        }
    }
}
