package org.annalist.evaluation;

import org.annalist.reading.CorpusReading;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.entity.Entity;
import org.annalist.event.DocumentFrequencies;
import org.annalist.event.EventMerger;
import org.annalist.event.EventSimilarity;
import org.annalist.event.ExtractedEvent;
import org.annalist.event.MergeDecision;
import org.annalist.event.MergeEvidence;
import org.annalist.event.MergeView;
import org.annalist.event.MergeWords;
import org.annalist.temporal.TimeInterval;

/**
 * The events of a corpus read as one ingestion, merged as the store merges them: document by document, each event
 * joins the best-scoring event of an earlier document that the decision accepts ({@link MergeDecision}), which is
 * seen through its first event's title and participants and its first sources' passages; word rarity is counted over
 * the documents' event passages as they come.
 */
public final class CorpusClusters {

    /** One source of an event: the document and the event read in it. */
    public record Member(CorpusReading.Read read, ExtractedEvent event, MergeView view) {
    }

    /** One event of the corpus, with every source it gained. */
    public static final class Cluster {
        private final int id;
        private final Set<String> paths = new HashSet<>();
        private final List<Member> members = new ArrayList<>();
        private final List<String> passages = new ArrayList<>();
        private final List<String> aroundDates = new ArrayList<>();
        private TimeInterval date;
        private MergeView view;

        Cluster(int id, Member first) {
            this.id = id;
            this.date = first.event().dateTimex().interval();
            add(first);
        }

        public int id() {
            return id;
        }

        public List<Member> members() {
            return members;
        }

        public TimeInterval date() {
            return date;
        }

        MergeView view() {
            if (view == null) {
                ExtractedEvent first = members.getFirst().event();
                List<Entity> participants = new ArrayList<>(first.places());
                first.actors().forEach(a -> participants.add(a.entity()));
                view = MergeView.of(first.language(), date.start(), date.end(), date.granularity(), first.title(),
                        passages.subList(0, Math.min(passages.size(), 5)), participants,
                        String.join(" ", aroundDates.subList(0, Math.min(aroundDates.size(), 5))));
            }
            return view;
        }

        void add(Member member) {
            ExtractedEvent event = member.event();
            String text = member.read().text();
            paths.add(member.read().path());
            members.add(member);
            passages.add(text.substring(event.passageBegin(), event.passageEnd()));
            String around = MergeView.aroundDate(event, text);
            aroundDates.add(around == null ? "" : around);
            TimeInterval other = event.dateTimex().interval();
            // As the store narrows an event's date to the most precise of its sources' fitting dates.
            if (!other.start().isBefore(date.start()) && !other.end().isAfter(date.end())) {
                date = other;
            }
            view = null;
        }
    }

    private final List<Cluster> clusters;
    private final DocumentFrequencies rarity;

    private CorpusClusters(List<Cluster> clusters, DocumentFrequencies rarity) {
        this.clusters = clusters;
        this.rarity = rarity;
    }

    public List<Cluster> clusters() {
        return clusters;
    }

    public DocumentFrequencies rarity() {
        return rarity;
    }

    /**
     * @param titlesOnly merge by the rule used before the decision (fitting dates, an actor or place in common, titles
     *                   sharing words), for a before/after
     */
    public static CorpusClusters of(List<CorpusReading.Read> reads, boolean titlesOnly) {
        DocumentFrequencies rarity = new DocumentFrequencies();
        List<Cluster> clusters = new ArrayList<>();
        for (CorpusReading.Read read : reads) {
            String text = read.text();
            List<Cluster> fresh = new ArrayList<>();
            Set<String> words = new HashSet<>();
            for (ExtractedEvent event : read.extraction().events()) {
                words.addAll(MergeWords.of(text.substring(event.passageBegin(), event.passageEnd()), event.language()).keySet());
                if (!EventMerger.mayMerge(event)) {
                    continue;
                }
                Member member = new Member(read, event, MergeView.of(event, text));
                Cluster best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Cluster cluster : clusters) {
                    if (cluster.paths.contains(read.path()) || !EventMerger.comparable(cluster.date.start(),
                            cluster.date.end(), member.view().start(), member.view().end())) {
                        continue;
                    }
                    double score = score(member, cluster, rarity, titlesOnly);
                    if (score > bestScore) {
                        best = cluster;
                        bestScore = score;
                    }
                }
                if (best != null) {
                    best.add(member);
                } else {
                    fresh.add(new Cluster(clusters.size() + fresh.size(), member));
                }
            }
            // As the store does: a document's new events are candidates for the next documents only, and its words
            // count once its events are stored.
            clusters.addAll(fresh);
            rarity.add(read.document().metadata().language(), words);
        }
        return new CorpusClusters(clusters, rarity);
    }

    /** The decision's score when it says "the same", else negative infinity. */
    private static double score(Member member, Cluster cluster, DocumentFrequencies rarity, boolean titlesOnly) {
        if (titlesOnly) {
            MergeView view = member.view();
            boolean shared = view.specific().keySet().stream().anyMatch(cluster.view().specific()::containsKey)
                    || view.countries().keySet().stream().anyMatch(cluster.view().countries()::containsKey);
            String title = cluster.members().getFirst().event().title();
            return shared && EventSimilarity.sameTitle(member.event().title(), title)
                    ? EventSimilarity.titleOverlap(member.event().title(), title) : Double.NEGATIVE_INFINITY;
        }
        MergeEvidence evidence = MergeDecision.decide(member.view(), cluster.view(), rarity);
        return evidence.same() ? evidence.score() : Double.NEGATIVE_INFINITY;
    }
}
