package org.annalist.timeline.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.annalist.documents.DocumentRepository.Publication;
import org.annalist.documents.DocumentRepository;
import org.annalist.event.Polarity;
import org.annalist.temporal.Granularity;
import org.annalist.events.EventRepository.TimelineItem;
import org.annalist.events.KeyEvents;
import org.annalist.timeline.Bucket;
import org.annalist.timeline.Facet;
import org.annalist.timeline.Lanes;
import org.annalist.timeline.TimelineService;
import org.springframework.stereotype.Component;

/**
 * Builds what the timeline draws for a visible span: never the whole table. The span is widened by half its width on
 * each side (so that a short pan shows events at once); when that holds more than {@link #MAX_ITEMS} events, they are
 * counted in clusters of a fixed width per lane instead, and opening a cluster zooms into it.
 */
@Component
public class TimelineLoader {

    /** vis-timeline draws each item as DOM elements: a few hundred stay smooth. */
    static final int MAX_ITEMS = 300;
    static final int MAX_LANES = 12;
    /** Publication days drawn one by one up to this many in the widened span; counted in clusters above. */
    static final int MAX_PUBLICATIONS = 100;
    /** About this many clusters across the widened span. */
    private static final int CLUSTERS_ACROSS = 60;
    static final String EVENTS_LANE = "events";
    static final String OTHER_LANE = "other";
    static final String PUBLICATIONS_LANE = "publications";

    private static final List<Duration> BUCKET_WIDTHS = List.of(Duration.ofHours(1), Duration.ofHours(6),
            Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(91), Duration.ofDays(365),
            Duration.ofDays(365 * 5), Duration.ofDays(3652), Duration.ofDays(36524), Duration.ofDays(365242));

    private final TimelineService timeline;
    private final DocumentRepository documents;
    private final KeyEvents keyEvents;

    public TimelineLoader(TimelineService timeline, DocumentRepository documents, KeyEvents keyEvents) {
        this.keyEvents = keyEvents;
        this.documents = documents;
        this.timeline = timeline;
    }

    /** The lanes for the query's grouping: the busiest ones under the filters, stable while the user pans. */
    public List<Facet> lanes(TimelineQuery query, Function<String, String> regionLabel, String language) {
        List<Facet> lanes = timeline.topLanes(query.filter(), query.lanes(), MAX_LANES, language);
        if (query.lanes() == Lanes.REGION) {
            return lanes.stream().map(f -> new Facet(f.key(), regionLabel.apply(f.key()), f.count())).toList();
        }
        return lanes;
    }

    public TimelineData load(TimelineQuery query, List<Facet> lanes, LocalDateTime start, LocalDateTime end,
                             Function<String, String> translate) {
        return load(query, lanes, start, end, translate, 0, false);
    }

    /**
     * @param keyEvents        when above 0, only the filter's most salient events of the visible span, this many at
     *                         most (the key-events mode): never clustered
     * @param publicationsOpen publications drawn one by one; otherwise a thin strip whose shade says how many
     *                         articles each stretch of the span holds (a busy month would fill the lane)
     */
    public TimelineData load(TimelineQuery query, List<Facet> lanes, LocalDateTime start, LocalDateTime end,
                             Function<String, String> translate, int keyEvents, boolean publicationsOpen) {
        LocalDateTime[] visible = TimeAxis.span(start, end);
        Duration span = Duration.between(visible[0], visible[1]);
        LocalDateTime fetchStart = TimeAxis.clamp(visible[0].minus(span.dividedBy(2)));
        LocalDateTime fetchEnd = TimeAxis.clamp(visible[1].plus(span.dividedBy(2)));
        // At the axis' edges, the rows beyond it (years the axis cannot show) are fetched too: drawn at the edge.
        var filter = query.filterWithin(fetchStart.equals(TimeAxis.FIRST) ? TimeAxis.BEYOND_FIRST : fetchStart,
                fetchEnd.equals(TimeAxis.LAST) ? TimeAxis.BEYOND_LAST : fetchEnd);

        List<TimelineData.Lane> laneRows = new ArrayList<>();
        List<String> laneKeys = lanes.stream().map(Facet::key).toList();
        if (query.lanes() == Lanes.NONE) {
            laneRows.add(new TimelineData.Lane(EVENTS_LANE, translate.apply("timeline.lane.events"), "lane-events", 0));
        } else {
            for (int i = 0; i < lanes.size(); i++) {
                laneRows.add(new TimelineData.Lane("lane-" + lanes.get(i).key(), lanes.get(i).label(), "lane", i + 1));
            }
            laneRows.add(new TimelineData.Lane(OTHER_LANE, translate.apply("timeline.lane.other"), "lane-other", 1000));
        }
        laneRows.add(new TimelineData.Lane(PUBLICATIONS_LANE, translate.apply("timeline.lane.publications"),
                "lane-publications", -1));

        List<TimelineData.Entry> entries = new ArrayList<>();
        // One more than can be drawn tells whether to cluster: read in the interval index's order, it stops early,
        // where counting the window first read every row of a wide one.
        List<TimelineItem> items = keyEvents > 0
                ? this.keyEvents.topItems(query.filterWithin(visible[0], visible[1]), Math.min(keyEvents, MAX_ITEMS))
                : timeline.window(filter, MAX_ITEMS + 1);
        boolean clustered = items.size() > MAX_ITEMS;
        long total = items.size();
        long width = bucketWidth(Duration.between(fetchStart, fetchEnd)).toSeconds();
        if (clustered) {
            List<Bucket> buckets = timeline.buckets(filter, width, query.lanes(), laneKeys);
            // Without lanes the buckets partition the window's events; with lanes an event may be in several.
            total = query.lanes() == Lanes.NONE ? buckets.stream().mapToLong(Bucket::count).sum() : timeline.count(filter);
            for (Bucket bucket : buckets) {
                LocalDateTime bucketStart = LocalDateTime.ofEpochSecond(bucket.index() * width, 0, ZoneOffset.UTC);
                LocalDateTime bucketEnd = bucketStart.plusSeconds(width);
                String label = bucket.count() == 1 ? translate.apply("timeline.cluster.one")
                        : translate.apply("timeline.cluster.many").replace("{0}", String.valueOf(bucket.count()));
                entries.add(new TimelineData.Entry("cluster-" + bucket.index() + "-" + bucket.lane(), "cluster", null,
                        group(query.lanes(), bucket.lane()), TimeAxis.js(bucketStart), TimeAxis.js(bucketEnd), false,
                        false, count(bucket), label, "cluster"));
            }
        } else {
            Map<Long, List<String>> membership = timeline.lanesOf(items.stream().map(TimelineItem::id).toList(),
                    query.lanes());
            Set<String> shown = new LinkedHashSet<>(laneKeys);
            for (TimelineItem item : items) {
                List<String> groups = new ArrayList<>();
                if (query.lanes() == Lanes.NONE) {
                    groups.add(EVENTS_LANE);
                } else {
                    membership.getOrDefault(item.id(), List.of()).stream().filter(shown::contains)
                            .forEach(key -> groups.add("lane-" + key));
                    if (groups.isEmpty()) {
                        groups.add(OTHER_LANE);
                    }
                }
                for (String group : groups) {
                    entries.add(entry(item, group));
                }
            }
        }
        if (publicationsOpen) {
            publications(query, fetchStart, fetchEnd, width, translate, entries);
        } else {
            publicationDensity(query, fetchStart, fetchEnd, width, translate, entries);
        }
        return new TimelineData(laneRows, entries, clustered, total);
    }

    /** Publication days one by one (the outlet's name at each), or counted per cluster when there are too many. */
    private void publications(TimelineQuery query, LocalDateTime fetchStart, LocalDateTime fetchEnd, long width,
                              Function<String, String> translate, List<TimelineData.Entry> entries) {
        List<Publication> publications = documents.publications(fetchStart.toLocalDate(), fetchEnd.toLocalDate().plusDays(1),
                query.documents());
        if (publications.size() > MAX_PUBLICATIONS) {
            // Too many to draw one by one (and the list stops at 500): counted per cluster, as events are.
            for (DocumentRepository.PublicationCount bucket : publicationBuckets(query, fetchStart, fetchEnd, width)) {
                LocalDateTime bucketStart = LocalDateTime.ofEpochSecond(bucket.index() * width, 0, ZoneOffset.UTC);
                String label = translate.apply("timeline.published.many").replace("{0}", String.valueOf(bucket.count()));
                entries.add(new TimelineData.Entry("publications-" + bucket.index(), "cluster", null, PUBLICATIONS_LANE,
                        TimeAxis.js(bucketStart), TimeAxis.js(bucketStart.plusSeconds(width)), false, false,
                        String.valueOf(bucket.count()), label, "cluster publications"));
            }
            return;
        }
        for (Publication p : publications) {
            String label = p.outlet() == null || p.outlet().isBlank() ? p.title() : p.outlet();
            entries.add(new TimelineData.Entry("publication-" + p.documentId(), "publication", null, PUBLICATIONS_LANE,
                    TimeAxis.js(p.published().atStartOfDay()), null, true, false, label,
                    translate.apply("timeline.published").replace("{0}", p.title()).replace("{1}", p.published().toString()),
                    "publication"));
        }
    }

    /**
     * The density strip: one unlabelled stretch per cluster width that holds publications, shaded in five steps of
     * its count against the busiest stretch of the span (the tooltip gives the count).
     */
    private void publicationDensity(TimelineQuery query, LocalDateTime fetchStart, LocalDateTime fetchEnd, long width,
                                    Function<String, String> translate, List<TimelineData.Entry> entries) {
        List<DocumentRepository.PublicationCount> buckets = publicationBuckets(query, fetchStart, fetchEnd, width);
        long busiest = buckets.stream().mapToLong(DocumentRepository.PublicationCount::count).max().orElse(1);
        for (DocumentRepository.PublicationCount bucket : buckets) {
            LocalDateTime bucketStart = LocalDateTime.ofEpochSecond(bucket.index() * width, 0, ZoneOffset.UTC);
            String tooltip = bucket.count() == 1 ? translate.apply("timeline.published.one")
                    : translate.apply("timeline.published.many").replace("{0}", String.valueOf(bucket.count()));
            entries.add(new TimelineData.Entry("density-" + bucket.index(), "density", null, PUBLICATIONS_LANE,
                    TimeAxis.js(bucketStart), TimeAxis.js(bucketStart.plusSeconds(width)), false, false, "", tooltip,
                    "density density-" + densityStep(bucket.count(), busiest)));
        }
    }

    /** 1 to 5: the share of the busiest count, in fifths (any publication at all is at least 1). */
    static int densityStep(long count, long busiest) {
        return (int) Math.max(1, Math.min(5, Math.ceil(5.0 * count / Math.max(1, busiest))));
    }

    private List<DocumentRepository.PublicationCount> publicationBuckets(TimelineQuery query, LocalDateTime fetchStart,
                                                                         LocalDateTime fetchEnd, long width) {
        return documents.publicationBuckets(fetchStart.toLocalDate(), fetchEnd.toLocalDate().plusDays(1),
                query.documents(), width);
    }

    /** A cluster shows its count alone (a cluster is often narrower than "1,234 events"); the tooltip says what it is. */
    private static String count(Bucket bucket) {
        return String.valueOf(bucket.count());
    }

    private static String group(Lanes lanes, String lane) {
        if (lanes == Lanes.NONE) {
            return EVENTS_LANE;
        }
        return lane == null ? OTHER_LANE : "lane-" + lane;
    }

    private static TimelineData.Entry entry(TimelineItem item, String group) {
        // An event the axis cannot reach (a row beyond year 9999 or before year 1) is drawn as a point at its edge.
        boolean outside = !TimeAxis.inside(item.start())
                || item.end() != null && item.end().isAfter(TimeAxis.LAST.plusSeconds(1));
        boolean point = outside || item.granularity() == null || switch (item.granularity()) {
            case MINUTE, HOUR, PART_OF_DAY, DAY -> true;
            default -> false;
        };
        boolean coarse = !point && item.granularity().compareTo(Granularity.MONTH) >= 0;
        StringBuilder classes = new StringBuilder("event");
        if (item.granularity() != null) {
            classes.append(" granularity-").append(item.granularity().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (coarse) {
            classes.append(" coarse");
        }
        if (item.timexMod() != null) {
            classes.append(" fuzzy");
        }
        if (item.polarity() == Polarity.NEGATED) {
            classes.append(" negated");
        } else if (item.polarity() == Polarity.HYPOTHETICAL) {
            classes.append(" hypothetical");
        }
        if (item.confidence() < 0.5) {
            classes.append(" low-confidence");
        }
        String when = point || item.end() == null ? item.start().toLocalDate().toString()
                : item.start().toLocalDate() + " – " + item.end().minusSeconds(1).toLocalDate();
        // Dates as JavaScript parses them (an extreme row is drawn at the axis' edge, never as NaN).
        return new TimelineData.Entry(item.id() + "@" + group, "event", item.id(), group, TimeAxis.js(item.start()),
                outside ? null : TimeAxis.js(item.end()), point, coarse, item.title(), item.title() + " (" + when + ")",
                classes.toString());
    }

    /** The first width that gives at most about {@link #CLUSTERS_ACROSS} clusters over the span. */
    static Duration bucketWidth(Duration span) {
        for (Duration width : BUCKET_WIDTHS) {
            if (span.dividedBy(width) <= CLUSTERS_ACROSS) {
                return width;
            }
        }
        return BUCKET_WIDTHS.getLast();
    }
}
