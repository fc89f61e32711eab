package org.annalist.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annalist.event.ExtractedEvent;
import org.annalist.event.Extraction;
import org.annalist.layout.Layout;
import org.annalist.layout.Part;
import org.annalist.layout.PartKind;

/**
 * Scores how Annalist reads crawled pages against a hand annotation (headline line, body lines, dated furniture lines;
 * see {@code src/test/resources/gold/documents/GUIDE.md}): headline accuracy, body precision and recall by characters,
 * and the share of events read from outside the body. The whole corpus folder is one batch (as {@code ingest FOLDER}):
 * the lines its documents share are known before any is read. Documents are read as ingestion reads them
 * ({@link DocumentParser}, the extraction on the body only); the publication day is the name of the file's folder
 * when the text does not say.
 */
public final class LayoutEvaluation {

    /** One annotated document: 1-based line numbers of the file. */
    public record Gold(String path, int lines, String sha1, int headline, int bodyFirst, int bodyLast,
                       Set<Integer> bodyExcluded) {

        boolean inBody(int line) {
            return bodyFirst > 0 && line >= bodyFirst && line <= bodyLast && !bodyExcluded.contains(line);
        }
    }

    /** The figures, over the annotated documents (and, for events, the whole corpus). */
    public record Score(int documents, int headlinesRight, long bodyPredicted, long bodyGold, long bodyOverlap,
                        int events, int eventsOutsideBody, int corpusDocuments, int corpusEvents, int shortTitles,
                        int datedEvents, int datedOutsideYears, int firstYear, int lastYear, List<String> errors) {

        public double headlineAccuracy() {
            return documents == 0 ? 0 : (double) headlinesRight / documents;
        }

        public double bodyPrecision() {
            return bodyPredicted == 0 ? 0 : (double) bodyOverlap / bodyPredicted;
        }

        public double bodyRecall() {
            return bodyGold == 0 ? 0 : (double) bodyOverlap / bodyGold;
        }

        public double bodyF1() {
            double p = bodyPrecision();
            double r = bodyRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String report() {
            return String.format(Locale.ROOT, """
                            documents annotated  %d
                            headline             %.1f %% (%d of %d)
                            body                 P %.1f %%  R %.1f %%  F1 %.1f %% (characters: %,d read as body, %,d in the gold, %,d both)
                            events from outside the body  %.1f %% (%d of %d events of the annotated documents)
                            whole corpus         %d documents, %d events: titles of 3 words or fewer %.1f %%, dated outside %d–%d %.1f %% (%d of %d dated)""",
                    documents, 100 * headlineAccuracy(), headlinesRight, documents, 100 * bodyPrecision(),
                    100 * bodyRecall(), 100 * bodyF1(), bodyPredicted, bodyGold, bodyOverlap,
                    events == 0 ? 0 : 100.0 * eventsOutsideBody / events, eventsOutsideBody, events, corpusDocuments,
                    corpusEvents, corpusEvents == 0 ? 0 : 100.0 * shortTitles / corpusEvents, firstYear, lastYear,
                    datedEvents == 0 ? 0 : 100.0 * datedOutsideYears / datedEvents, datedOutsideYears, datedEvents);
        }
    }

    private final Extraction extraction;

    public LayoutEvaluation(Extraction extraction) {
        this.extraction = extraction;
    }

    public static List<Gold> readGold(Path tsv) throws IOException {
        List<Gold> gold = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv);
        if (lines.isEmpty() || !lines.getFirst().startsWith("path\t")) {
            throw new IllegalArgumentException(tsv + ": expected a header line starting with 'path'");
        }
        List<String> header = List.of(lines.getFirst().split("\t", -1));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            try {
                gold.add(new Gold(cells[header.indexOf("path")], Integer.parseInt(cells[header.indexOf("lines")].strip()),
                        cells[header.indexOf("sha1")].strip(), number(cells[header.indexOf("headline")]), number(cells[header.indexOf("body_first")]),
                        number(cells[header.indexOf("body_last")]), lineSet(cells[header.indexOf("body_excluded")])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(tsv + ": bad line: " + line, e);
            }
        }
        return gold;
    }

    private static int number(String cell) {
        String value = cell.strip();
        return value.isEmpty() || value.equals("-") ? -1 : Integer.parseInt(value);
    }

    private static Set<Integer> lineSet(String cell) {
        Set<Integer> lines = new HashSet<>();
        String value = cell.strip();
        if (value.isEmpty() || value.equals("-")) {
            return lines;
        }
        for (String item : value.split(",")) {
            String[] range = item.strip().split("-");
            int from = Integer.parseInt(range[0].strip());
            int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
            for (int i = from; i <= to; i++) {
                lines.add(i);
            }
        }
        return lines;
    }

    public Score evaluate(Path corpus, List<Gold> gold) throws IOException {
        // As one ingestion of the folder: each document is read with what the documents before it share.
        List<CorpusReading.Read> reads = CorpusReading.read(corpus, extraction);
        int firstYear = reads.stream().mapToInt(r -> CorpusFiles.folderDay(r.file()) == null ? 9999 : CorpusFiles.folderDay(r.file()).getYear()).min().orElse(0);
        int lastYear = reads.stream().mapToInt(r -> CorpusFiles.folderDay(r.file()) == null ? 0 : CorpusFiles.folderDay(r.file()).getYear()).max().orElse(0);
        int corpusEvents = 0;
        int shortTitles = 0;
        int dated = 0;
        int outside = 0;
        for (CorpusReading.Read read : reads) {
            for (ExtractedEvent event : read.extraction().events()) {
                corpusEvents++;
                if (event.title() != null && event.title().strip().split("\\s+").length <= 3) {
                    shortTitles++;
                }
                if (!event.isUndated() && event.timex() != null && event.timex().interval() != null) {
                    dated++;
                    int year = event.timex().interval().start().getYear();
                    if (year < firstYear || year > lastYear) {
                        outside++;
                    }
                }
            }
        }

        int headlines = 0;
        long predicted = 0;
        long goldChars = 0;
        long overlap = 0;
        int events = 0;
        int eventsOutside = 0;
        List<String> errors = new ArrayList<>();
        for (Gold g : gold) {
            CorpusReading.Read read = reads.stream().filter(r -> corpus.relativize(r.file()).toString().replace('\\', '/').equals(g.path()))
                    .findFirst().orElse(null);
            if (read == null) {
                errors.add(g.path() + ": not in the corpus (or not readable)");
                continue;
            }
            if (!CorpusFiles.sha1(read.file()).startsWith(g.sha1())) {
                errors.add(g.path() + ": the file changed since it was annotated (SHA-1 " + g.sha1() + "...)");
            }
            String text = read.document().text();
            List<int[]> lineSpans = lineSpans(text);
            if (lineSpans.size() < g.lines() - 1 || lineSpans.size() > g.lines() + 1) {
                errors.add(g.path() + ": " + lineSpans.size() + " lines, the gold says " + g.lines());
            }
            // The headline a reader sees: the stored title, found as a line of the page.
            int predictedHeadline = titleLine(lineSpans, text, read.document().metadata().title());
            if (predictedHeadline == g.headline()) {
                headlines++;
            } else {
                errors.add(g.path() + ": headline line " + predictedHeadline + ", gold " + g.headline());
            }
            long docPredicted = 0;
            long docGold = 0;
            long docBoth = 0;
            for (int line = 1; line <= lineSpans.size(); line++) {
                int[] span = lineSpans.get(line - 1);
                int chars = text.substring(span[0], span[1]).strip().length();
                boolean isGold = g.inBody(line);
                boolean isPredicted = chars > 0 && read.document().layout().kindAt(firstNonBlank(text, span)).orElse(null) == PartKind.BODY;
                docPredicted += isPredicted ? chars : 0;
                docGold += isGold ? chars : 0;
                docBoth += isGold && isPredicted ? chars : 0;
            }
            predicted += docPredicted;
            goldChars += docGold;
            overlap += docBoth;
            if (docBoth < 0.9 * docGold || docBoth < 0.9 * docPredicted) {
                errors.add(String.format(Locale.ROOT, "%s: body %,d read, %,d gold, %,d both (predicted lines %s)",
                        g.path(), docPredicted, docGold, docBoth, bodyLines(read.document().layout(), lineSpans)));
            }
            for (ExtractedEvent event : read.extraction().events()) {
                events++;
                int line = lineOf(lineSpans, event.passageBegin());
                if (!g.inBody(line)) {
                    eventsOutside++;
                    errors.add(g.path() + ": event from line " + line + " outside the gold body");
                }
            }
        }
        return new Score(gold.size(), headlines, predicted, goldChars, overlap, events, eventsOutside, reads.size(),
                corpusEvents, shortTitles, dated, outside, firstYear, lastYear, errors);
    }

    /** Line spans {@code [begin, end)} of the text, 1-based by index + 1, as the gold counts lines. */
    private static List<int[]> lineSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int begin = 0;
        while (begin <= text.length()) {
            int end = text.indexOf('\n', begin);
            if (end < 0) {
                end = text.length();
            }
            spans.add(new int[] {begin, end});
            if (end == text.length()) {
                break;
            }
            begin = end + 1;
        }
        if (spans.size() > 1 && spans.getLast()[0] == text.length()) {
            spans.removeLast();
        }
        return spans;
    }

    private static int lineOf(List<int[]> spans, int offset) {
        for (int i = 0; i < spans.size(); i++) {
            if (offset <= spans.get(i)[1]) {
                return i + 1;
            }
        }
        return spans.size();
    }

    private static int firstNonBlank(String text, int[] span) {
        int i = span[0];
        while (i < span[1] && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The line whose text is the document's title, for the reading before layouts. */
    private static int titleLine(List<int[]> spans, String text, String title) {
        if (title == null) {
            return -1;
        }
        for (int i = 0; i < spans.size(); i++) {
            if (Markdown.plain(text.substring(spans.get(i)[0], spans.get(i)[1]).strip()).equals(title.strip())) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String bodyLines(Layout layout, List<int[]> spans) {
        List<String> ranges = new ArrayList<>();
        for (Part part : layout.of(PartKind.BODY)) {
            ranges.add(lineOf(spans, part.begin()) + "-" + lineOf(spans, Math.max(part.begin(), part.end() - 1)));
        }
        return String.join(",", ranges);
    }
}
