package org.annalist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annalist.event.DocumentExtraction;
import org.annalist.event.EventEvaluation;
import org.annalist.event.EventGold;
import org.annalist.event.ExtractedEvent;
import org.annalist.event.Extraction;
import org.annalist.reading.CorpusFiles;
import org.annalist.reading.CorpusReading;
import org.annalist.temporal.GoldDocument;
import org.annalist.temporal.TimeMlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "eval-events", mixinStandardHelpOptions = true,
        description = {"Scores the events read from articles against a hand annotation: event precision and recall",
                "(passage overlaps, date agrees), recall of context-dated events, date accuracy, actors, usable titles,",
                "polarity, people and organisations found; and the corpus's reference timelines (days with an event).",
                "GOLD.jsonl: see src/test/resources/gold/events/GUIDE.md (no database needed)."})
class EvalEventsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD.jsonl")
    Path gold;

    @Option(names = "--corpus", paramLabel = "FOLDER",
            description = "The crawled pages' corpus (default: ../shared/corpora/ml-crisis-fr-dev), read as one ingestion.")
    Path corpus = Path.of("..", "shared", "corpora", "ml-crisis-fr-dev");

    @Option(names = "--timeml", paramLabel = "FOLDER",
            description = "Where the gold's .tml paths are (default: ../shared/corpora/tbaq); their text is <TEXT>.")
    Path timeml = Path.of("..", "shared", "corpora", "tbaq");

    @Option(names = "--errors", description = "Also list every difference.")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        List<EventGold.Article> articles;
        try {
            articles = EventGold.read(gold);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Evaluated evaluated = evaluate(Extraction.standard(), articles, corpus, timeml);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on %s%n", gold, corpus);
        out.println(evaluated.score().report());
        evaluated.references().forEach((name, check) -> out.printf(Locale.ROOT,
                "reference %-10s %.1f %% of its days have an event that day in the corpus (%d of %d)%n", name,
                100 * check.share(), check.found(), check.days()));
        if (errors) {
            evaluated.problems().forEach(out::println);
            evaluated.score().errors().forEach(out::println);
            evaluated.references().forEach((name, check) -> out.println("reference " + name + ": no event on "
                    + check.missed()));
        }
        return 0;
    }

    record Evaluated(EventEvaluation.Score score, Map<String, EventEvaluation.ReferenceCheck> references,
                     List<String> problems) {
    }

    /**
     * Reads the annotated articles as ingestion reads them (the corpus folder as one batch: the lines its pages share
     * are known before any is read; the body only; the publication day from the page, else its folder's name) and
     * scores them; TimeML articles are read from their {@code <TEXT>} with their creation time.
     */
    static Evaluated evaluate(Extraction extraction, List<EventGold.Article> articles, Path corpus, Path timeml)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Map<Path, Read> pages = new HashMap<>();
        if (Files.isDirectory(corpus)) {
            for (CorpusReading.Read read : CorpusReading.read(corpus, extraction)) {
                pages.put(read.file().toAbsolutePath().normalize(), new Read(read.text(), read.extraction()));
            }
        } else {
            problems.add("no corpus folder " + corpus);
        }
        List<EventEvaluation.Reading> readings = new ArrayList<>();
        for (EventGold.Article article : articles) {
            Path page = corpus.resolve(article.path()).toAbsolutePath().normalize();
            Read read = pages.get(page);
            Path file = page;
            if (read == null) {
                file = resolve(article.path(), timeml, corpus);
                if (file == null) {
                    problems.add(article.path() + ": not in the corpus (or not readable): not scored");
                    continue;
                }
                read = timeml(extraction, file, article);
            }
            if (article.sha1() != null && !CorpusFiles.sha1(file).startsWith(article.sha1().toLowerCase(Locale.ROOT))) {
                problems.add(article.path() + ": the file changed since it was annotated (SHA-1 " + article.sha1() + "...)");
            }
            EventGold.Article located;
            try {
                located = article.withWordsFrom(annotatedLines(file));
            } catch (IllegalArgumentException moved) {
                problems.add(moved.getMessage() + ": not scored");
                continue;
            }
            readings.add(new EventEvaluation.Reading(located, read.text(), read.extraction()));
        }
        EventEvaluation.Score score = new EventEvaluation().evaluate(readings);
        Map<String, EventEvaluation.ReferenceCheck> references = new java.util.TreeMap<>();
        Path referenceFolder = corpus.resolve("reference");
        if (Files.isDirectory(referenceFolder)) {
            try (Stream<Path> list = Files.list(referenceFolder)) {
                for (Path timeline : list.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String name = timeline.getFileName().toString().replaceFirst("\\.txt$", "");
                    Path folder = corpus.resolve(name).toAbsolutePath().normalize();
                    List<ExtractedEvent> events = new ArrayList<>();
                    pages.forEach((path, read) -> {
                        if (path.startsWith(folder)) {
                            events.addAll(read.extraction().events());
                        }
                    });
                    if (!events.isEmpty()) {
                        references.put(name, EventEvaluation.reference(Files.readAllLines(timeline), events));
                    }
                }
            }
        }
        return new Evaluated(score, references, problems);
    }

    private record Read(String text, DocumentExtraction extraction) {
    }

    private static Path resolve(String path, Path timeml, Path corpus) {
        for (Path candidate : List.of(timeml.resolve(path), corpus.resolve(path), corpus.resolveSibling(path))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        // "tbaq/TimeBank/x.tml" or "TimeBank/x.tml" or a bare file name.
        Path name = Path.of(path).getFileName();
        if (Files.isDirectory(timeml)) {
            try (Stream<Path> tree = Files.walk(timeml)) {
                return tree.filter(f -> f.getFileName().equals(name)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    private static Read timeml(Extraction extraction, Path file, EventGold.Article article) throws IOException {
        if (!file.toString().endsWith(".tml")) {
            String text = Files.readString(file);
            return new Read(text, extraction.read(text, 0, article.language(), article.dct()));
        }
        GoldDocument document = TimeMlReader.read(file).getFirst();
        LocalDate dct = document.dct() != null ? document.dct() : article.dct();
        String language = article.language() != null ? article.language() : document.language();
        return new Read(document.text(), extraction.read(document.text(), 0, language == null ? "en" : language, dct));
    }

    /** A file's lines as the annotator read them: a TimeML file's without their tags, entities decoded. */
    private static List<String> annotatedLines(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (!file.toString().endsWith(".tml")) {
            return lines;
        }
        return lines.stream().map(l -> org.jsoup.parser.Parser.unescapeEntities(l.replaceAll("<[^>]+>", ""), false))
                .toList();
    }

}
