package org.annalist.evaluation;

import org.annalist.reading.CorpusReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.event.EventSimilarity;
import org.annalist.event.Extraction;
import org.annalist.event.MergeFeatures;
import org.annalist.event.MergeView;
import org.annalist.event.WordRarity;
import org.annalist.reading.CorpusFiles;

/**
 * Scores the merge decision against passages a person grouped into events ({@code src/test/resources/gold/merge/}):
 * the corpus is read as one ingestion, each event joins the best event of another document the decision accepts (as
 * the store does), and every two labelled passages of one day are a pair: pairwise precision, recall and F1 of "one
 * event", and B-cubed over the labelled passages.
 */
public final class MergeEvaluation {

    /** One labelled passage. */
    public record Item(String id, String path, String sha1, int begin, int end, String day, String cluster, String flag) {
    }

    public record Score(int items, int found, long goldPairs, long predictedPairs, long truePairs, double bcubedPrecision,
                        double bcubedRecall, List<String> errors, List<String> features) {

        public double precision() {
            return predictedPairs == 0 ? 0 : (double) truePairs / predictedPairs;
        }

        public double recall() {
            return goldPairs == 0 ? 0 : (double) truePairs / goldPairs;
        }

        public String report() {
            double p = precision();
            double r = recall();
            double bp = bcubedPrecision;
            double br = bcubedRecall;
            return String.format(Locale.ROOT, """
                            labelled passages    %d (%d read as events)
                            pairs                P %.3f  R %.3f  F1 %.3f (%d same-event pairs in the gold, %d merged, %d both)
                            B-cubed              P %.3f  R %.3f  F1 %.3f""",
                    items, found, p, r, f1(p, r), goldPairs, predictedPairs, truePairs, bp, br, f1(bp, br));
        }
    }

    /** A labelled passage is the event of that passage dated to that day (one sentence may date several). */
    private static String key(String path, int begin, int end, String day) {
        return path + "#" + begin + "-" + end + "@" + day;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public static List<Item> readGold(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv);
        if (lines.isEmpty() || !lines.getFirst().startsWith("item\t")) {
            throw new IllegalArgumentException(tsv + ": expected a header line starting with 'item'");
        }
        List<Item> items = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 8) {
                throw new IllegalArgumentException(tsv + ": bad line: " + line);
            }
            items.add(new Item(c[0], c[1], c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]), c[5], c[6], c[7]));
        }
        return items;
    }

    private final Extraction extraction;
    private final boolean titlesOnly;

    /**
     * @param titlesOnly score the decision used before this one instead (compatible dates, an actor or place in
     *                   common, titles sharing words: {@link EventSimilarity}), for a before/after
     */
    public MergeEvaluation(Extraction extraction, boolean titlesOnly) {
        this.extraction = extraction;
        this.titlesOnly = titlesOnly;
    }

    public Score evaluate(Path corpus, List<Item> gold) throws IOException {
        List<CorpusReading.Read> reads = CorpusReading.read(corpus, extraction);
        CorpusClusters clusters = CorpusClusters.of(reads, titlesOnly);
        Map<String, CorpusClusters.Cluster> clusterOf = new HashMap<>();
        Map<String, MergeView> viewOf = new HashMap<>();
        for (CorpusClusters.Cluster cluster : clusters.clusters()) {
            for (CorpusClusters.Member member : cluster.members()) {
                String key = key(member.read().path(), member.event().passageBegin(), member.event().passageEnd(),
                        member.event().dateTimex().interval().start().toLocalDate().toString());
                clusterOf.putIfAbsent(key, cluster);
                viewOf.putIfAbsent(key, member.view());
            }
        }
        return score(corpus, gold, reads, clusterOf, viewOf, clusters.rarity());
    }

    private static Score score(Path corpus, List<Item> gold, List<CorpusReading.Read> reads, Map<String, CorpusClusters.Cluster> clusterOf,
                               Map<String, MergeView> viewOf, WordRarity rarity) throws IOException {
        List<String> errors = new ArrayList<>();
        Map<String, Path> files = new HashMap<>();
        reads.forEach(r -> files.put(r.path(), r.file()));
        Map<Item, Integer> system = new HashMap<>();
        Map<Item, MergeView> views = new HashMap<>();
        int found = 0;
        int unmatched = -1;
        for (Item item : gold) {
            Path file = files.get(item.path());
            if (file == null) {
                errors.add(item.id() + " " + item.path() + ": not in the corpus");
                system.put(item, unmatched--);
                continue;
            }
            if (!CorpusFiles.sha1(file).startsWith(item.sha1())) {
                errors.add(item.id() + " " + item.path() + ": the file changed since it was labelled");
            }
            String key = key(item.path(), item.begin(), item.end(), item.day().substring(item.day().lastIndexOf('/') + 1));
            CorpusClusters.Cluster cluster = clusterOf.get(key);
            if (cluster == null) {
                errors.add(item.id() + " " + item.path() + " " + item.begin() + "-" + item.end() + ": no such event read now");
                system.put(item, unmatched--);
            } else {
                found++;
                system.put(item, cluster.id());
                views.put(item, viewOf.get(key));
            }
        }
        long goldPairs = 0;
        long predicted = 0;
        long both = 0;
        List<String> features = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = i + 1; j < gold.size(); j++) {
                Item a = gold.get(i);
                Item b = gold.get(j);
                if (!a.day().equals(b.day())) {
                    continue;
                }
                boolean same = a.cluster().equals(b.cluster());
                boolean merged = system.get(a).equals(system.get(b));
                goldPairs += same ? 1 : 0;
                predicted += merged ? 1 : 0;
                both += same && merged ? 1 : 0;
                if (same != merged) {
                    errors.add(String.format("%s %s %s / %s %s: %s", same ? "MISSED" : "WRONG", a.id(), a.cluster(), b.id(),
                            b.cluster(), merged ? "merged" : "apart"));
                }
                MergeView va = views.get(a);
                MergeView vb = views.get(b);
                if (va != null && vb != null && !a.path().equals(b.path())) {
                    features.add((same ? 1 : 0) + "\t" + MergeFeatures.of(va, vb, rarity).tsv() + "\t" + a.id() + "\t" + b.id());
                }
            }
        }
        double bp = 0;
        double br = 0;
        for (Item item : gold) {
            long sameSystem = 0;
            long sameGold = 0;
            long sameBoth = 0;
            for (Item other : gold) {
                boolean s = system.get(other).equals(system.get(item));
                boolean g = other.cluster().equals(item.cluster());
                sameSystem += s ? 1 : 0;
                sameGold += g ? 1 : 0;
                sameBoth += s && g ? 1 : 0;
            }
            bp += (double) sameBoth / sameSystem;
            br += (double) sameBoth / sameGold;
        }
        return new Score(gold.size(), found, goldPairs, predicted, both, bp / gold.size(), br / gold.size(), errors, features);
    }
}
