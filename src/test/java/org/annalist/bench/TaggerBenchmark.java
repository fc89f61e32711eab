package org.annalist.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.annalist.temporal.GoldCase;
import org.annalist.temporal.GoldDocument;
import org.annalist.temporal.TimeMlReader;
import org.annalist.temporal.NattyBaseline;
import org.annalist.temporal.TemporalTagger;

/**
 * Throughput of the temporal tagger, single thread and all cores, on a French corpus (the seeds repeated, >= 10 MB)
 * and an English one (the English case sentences repeated), and of Natty alone on the English text. Prints MB/s.
 * Short documents too: the texts of the TimeML development corpora ({@code ../shared/corpora/fr-timebank-dev},
 * {@code tbaq}: wire stories of 1-3 KB, read from there, never copied), each tagged as its own document, as
 * {@code tag --jsonl} does; and the share of the English time spent in Natty.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.annalist.bench.TaggerBenchmark</pre>
 */
public final class TaggerBenchmark {

    private static final int CORPUS_BYTES = 10 * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        List<String> french = corpus(List.of(Files.readString(Path.of("seeds/000_f43ddd4b0e2a5c94.txt")),
                Files.readString(Path.of("seeds/001_ff27fb5dbf59a9fe.txt"))));
        List<String> sentences = new ArrayList<>();
        for (GoldCase c : GoldCase.read(Path.of("src/test/resources/lang/en/timex-cases.tsv"))) {
            sentences.add(c.text());
        }
        List<String> english = corpus(List.of(String.join("\n\n", sentences)));
        LocalDate dct = LocalDate.of(2020, 1, 10);
        TemporalTagger tagger = TemporalTagger.standard();
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        warmUp(tagger, french, "fr", dct);
        warmUp(tagger, english, "en", dct);
        report("tag fr, 1 thread", french, () -> french.forEach(d -> tagger.tag(d, "fr", dct)));
        report("tag fr, all cores", french, () -> french.parallelStream().forEach(d -> tagger.tag(d, "fr", dct)));
        report("tag en, 1 thread", english, () -> english.forEach(d -> tagger.tag(d, "en", dct)));
        report("tag en, all cores", english, () -> english.parallelStream().forEach(d -> tagger.tag(d, "en", dct)));
        for (String[] corpus : new String[][] {{"fr", "../shared/corpora/fr-timebank-dev"}, {"en", "../shared/corpora/tbaq"}}) {
            Path folder = Path.of(corpus[1]);
            if (!Files.isDirectory(folder)) {
                System.out.println("short documents: " + folder + " is absent, skipped");
                continue;
            }
            List<GoldDocument> stories = TimeMlReader.read(folder);
            List<GoldDocument> repeated = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; bytes < CORPUS_BYTES / 2; i++) {
                GoldDocument story = stories.get(i % stories.size());
                repeated.add(story);
                bytes += story.text().getBytes(StandardCharsets.UTF_8).length;
            }
            String language = corpus[0];
            long size = bytes;
            System.out.printf("short documents %s: %d stories of %.1f KB on average%n", language, repeated.size(),
                    size / 1024.0 / repeated.size());
            repeated.forEach(d -> tagger.tag(d.text(), language, d.dct()));
            long nattyBefore = NattyBaseline.taggerNanosInNatty();
            long start = System.nanoTime();
            Throughput.report("tag " + language + " short, 1 thread", size,
                    () -> repeated.forEach(d -> tagger.tag(d.text(), language, d.dct())));
            Throughput.report("tag " + language + " short, all cores", size,
                    () -> repeated.parallelStream().forEach(d -> tagger.tag(d.text(), language, d.dct())));
            long total = System.nanoTime() - start;
            System.out.printf("  Natty's share of that time: %.1f %%%n",
                    100.0 * (NattyBaseline.taggerNanosInNatty() - nattyBefore) / total);
        }
        long nattyBefore = NattyBaseline.taggerNanosInNatty();
        long start = System.nanoTime();
        english.forEach(d -> tagger.tag(d, "en", dct));
        System.out.printf("Natty's share of English tagging (long text, 1 thread): %.1f %%, %d phrases so far%n",
                100.0 * (NattyBaseline.taggerNanosInNatty() - nattyBefore) / (System.nanoTime() - start),
                NattyBaseline.taggerCallsToNatty());
        // Natty on running text is slow: measured on a tenth of the English corpus.
        List<String> nattySample = english.subList(0, Math.max(1, english.size() / 10));
        LocalDateTime reference = dct.atTime(12, 0);
        AtomicLong groups = new AtomicLong();
        report("Natty alone en, 1 thread", nattySample,
                () -> nattySample.forEach(d -> groups.addAndGet(NattyBaseline.countDateGroups(d, reference))));
        report("Natty alone en, all cores", nattySample,
                () -> nattySample.parallelStream().forEach(d -> groups.addAndGet(NattyBaseline.countDateGroups(d, reference))));
    }

    private static List<String> corpus(List<String> documents) {
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; bytes < CORPUS_BYTES; i++) {
            String document = documents.get(i % documents.size());
            corpus.add(document);
            bytes += document.getBytes(StandardCharsets.UTF_8).length;
        }
        return corpus;
    }

    private static void report(String name, List<String> corpus, Runnable run) {
        Throughput.report(name, corpus.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum(), run);
    }

    private static void warmUp(TemporalTagger tagger, List<String> corpus, String language, LocalDate dct) {
        for (int i = 0; i < Math.min(200, corpus.size()); i++) {
            tagger.tag(corpus.get(i), language, dct);
        }
    }
}
