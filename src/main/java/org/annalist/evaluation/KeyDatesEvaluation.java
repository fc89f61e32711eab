package org.annalist.evaluation;

import org.annalist.reading.CorpusReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.annalist.event.EventActor;
import org.annalist.event.ExtractedEvent;
import org.annalist.event.Extraction;
import org.annalist.event.KeyDates;
import org.annalist.event.Salience;
import org.annalist.layout.Part;
import org.annalist.layout.PartKind;
import org.annalist.temporal.Granularity;
import org.annalist.temporal.Timex;

/**
 * A topic's key dates against the reference timeline journalists wrote for it: the topic's articles read and merged
 * as one ingestion, the N most salient distinct days (N = the reference's number of dates) scored by Date-F1, beside
 * two baselines, the days by number of articles published and the days by number of events.
 */
public final class KeyDatesEvaluation {

    /** One topic's figures. */
    public record TopicScore(String topic, int documents, int referenceDays, KeyDates.DateScore salience,
                             KeyDates.DateScore byArticles, KeyDates.DateScore byEvents, List<LocalDate> chosen) {
    }

    private final Extraction extraction;

    public KeyDatesEvaluation(Extraction extraction) {
        this.extraction = extraction;
    }

    /** Every topic of a corpus: a folder {@code TOPIC/} of articles and its {@code reference/TOPIC.txt}. */
    public List<TopicScore> evaluate(Path corpus) throws IOException {
        List<TopicScore> scores = new ArrayList<>();
        Path references = corpus.resolve("reference");
        try (Stream<Path> topics = Files.list(references)) {
            for (Path reference : topics.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String topic = reference.getFileName().toString().replaceFirst("\\.txt$", "");
                Path folder = corpus.resolve(topic);
                if (Files.isDirectory(folder)) {
                    scores.add(topic(topic, folder, KeyDates.referenceDays(Files.readAllLines(reference))));
                }
            }
        }
        return scores;
    }

    TopicScore topic(String topic, Path folder, List<LocalDate> reference) throws IOException {
        List<CorpusReading.Read> reads = CorpusReading.read(folder, extraction);
        CorpusClusters clusters = CorpusClusters.of(reads, false);
        List<List<Salience.DayMention>> mentions = new ArrayList<>();
        Map<String, Integer> entityDocuments = new HashMap<>();
        List<LocalDate> published = new ArrayList<>();
        List<LocalDate> eventDays = new ArrayList<>();
        for (CorpusReading.Read read : reads) {
            mentions.add(dayMentions(read));
            Set<String> named = new HashSet<>();
            read.extraction().mentions().forEach(m -> named.add(m.entity().id()));
            named.forEach(id -> entityDocuments.merge(id, 1, Integer::sum));
            if (read.published() != null) {
                published.add(read.published());
            }
            for (ExtractedEvent event : read.extraction().events()) {
                if (dayOrFiner(event)) {
                    eventDays.add(event.dateTimex().interval().start().toLocalDate());
                }
            }
        }
        Map<LocalDate, Double> attention = Salience.attention(mentions);
        Map<LocalDate, List<Double>> saliences = new HashMap<>();
        for (CorpusClusters.Cluster cluster : clusters.clusters()) {
            if (cluster.date().granularity().compareTo(Granularity.DAY) > 0) {
                continue;
            }
            Set<String> documents = new HashSet<>();
            Set<String> outlets = new HashSet<>();
            for (CorpusClusters.Member member : cluster.members()) {
                documents.add(member.read().path());
                String outlet = member.read().document().metadata().outlet();
                outlets.add(outlet == null ? member.read().path() : outlet);
            }
            int prominence = 0;
            for (EventActor actor : cluster.members().getFirst().event().actors()) {
                prominence = Math.max(prominence, entityDocuments.getOrDefault(actor.entity().id(), 0));
            }
            LocalDate day = cluster.date().start().toLocalDate();
            double salience = Salience.of(new Salience.EventFacts(cluster.id(), day, cluster.date().granularity(),
                    documents.size(), outlets.size(), prominence), attention);
            saliences.computeIfAbsent(day, d -> new ArrayList<>()).add(salience);
        }
        int n = reference.size();
        Set<LocalDate> gold = new TreeSet<>(reference);
        List<LocalDate> chosen = KeyDates.top(KeyDates.byMostSalientEvent(saliences), n);
        return new TopicScore(topic, reads.size(), n, KeyDates.score(chosen, gold),
                KeyDates.score(KeyDates.top(KeyDates.counts(published), n), gold),
                KeyDates.score(KeyDates.top(KeyDates.counts(eventDays), n), gold), chosen);
    }

    /** The days a document's body names, to a day or finer, each with how it names them. */
    static List<Salience.DayMention> dayMentions(CorpusReading.Read read) {
        List<Part> body = read.document().layout().of(PartKind.BODY);
        int lead = (body.isEmpty() ? read.document().bodyStart() : body.getFirst().begin()) + Salience.LEAD;
        List<Salience.DayMention> mentions = new ArrayList<>();
        for (Timex timex : read.extraction().timexes()) {
            if (timex.interval() == null || timex.interval().granularity().compareTo(Granularity.DAY) > 0
                    || read.document().layout().kindAt(timex.begin()).orElse(PartKind.BODY) != PartKind.BODY) {
                continue;
            }
            mentions.add(new Salience.DayMention(timex.interval().start().toLocalDate(), Salience.calendarDate(timex.text()),
                    timex.begin() < lead));
        }
        return mentions;
    }

    private static boolean dayOrFiner(ExtractedEvent event) {
        return event.dateTimex() != null && event.dateTimex().interval() != null
                && event.dateTimex().interval().granularity().compareTo(Granularity.DAY) <= 0;
    }

    public static String report(List<TopicScore> scores) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-12s %5s %5s   %-22s %-22s %-22s%n", "topic",
                "docs", "dates", "key dates (salience)", "days by articles", "days by events"));
        double sum = 0;
        double articles = 0;
        double events = 0;
        for (TopicScore s : scores) {
            out.append(String.format(Locale.ROOT, "%-12s %5d %5d   %-22s %-22s %-22s%n", s.topic(), s.documents(),
                    s.referenceDays(), f1(s.salience()), f1(s.byArticles()), f1(s.byEvents())));
            sum += s.salience().f1();
            articles += s.byArticles().f1();
            events += s.byEvents().f1();
        }
        int n = Math.max(1, scores.size());
        out.append(String.format(Locale.ROOT, "%-12s %5s %5s   %-22s %-22s %-22s", "mean", "", "",
                String.format(Locale.ROOT, "Date-F1 %.3f", sum / n), String.format(Locale.ROOT, "Date-F1 %.3f", articles / n),
                String.format(Locale.ROOT, "Date-F1 %.3f", events / n)));
        return out.toString();
    }

    private static String f1(KeyDates.DateScore score) {
        return String.format(Locale.ROOT, "Date-F1 %.3f (%d/%d)", score.f1(), score.both(), score.chosen());
    }
}
