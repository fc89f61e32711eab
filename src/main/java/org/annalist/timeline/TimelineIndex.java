package org.annalist.timeline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.database.EventRevision;
import org.annalist.database.TextSearch;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.timeline.Bucket;
import org.annalist.timeline.Facet;
import org.annalist.timeline.Lanes;
import org.annalist.timeline.Sort;

/**
 * The events a person has not marked wrong, in memory, reduced to what the timeline filters, counts and sorts by: the
 * interval in seconds, the actors, regions and documents as small integers, the words of titles and passages as an
 * inverted index (word to events). It answers the timeline's questions (how many, which ones in which order, how many
 * per cluster and lane, which actors are busiest) without reading the table: at 100,000 events the database reads
 * every row of a wide window (a few microseconds each) and every passage of a word search, this scans arrays.
 *
 * <p>Immutable, built by {@link TimelineIndexBuilder} from the database at one {@link EventRevision}; the answers are the same as
 * the SQL's in {@link TimelineService} (a test compares them on a synthetic chronology). Events are numbered by
 * <em>position</em>: the dated ones by start then id, then the undated ones by id, the grid's default order.
 *
 * <p>Interval bounds are kept in whole seconds (the extraction makes nothing finer); a bound given with a fraction of
 * a second is compared as the SQL would compare it.
 */
final class TimelineIndex {

    final long revision;
    private final int size;
    /** Positions below this one are dated. */
    private final int dated;
    private final long[] ids;
    /** Seconds since the epoch (UTC) of the start and the end of the dated positions; an unknown end is MIN_VALUE. */
    private final long[] starts;
    private final long[] ends;
    /** All positions by lower-case title then id (the database's own collation), and by confidence then id. */
    private final int[] byTitle;
    private final int[] byConfidence;
    private final double[] confidence;
    /** The ids in increasing order, with the position of each: where an event is. */
    private final long[] sortedIds;
    private final int[] positionsOfSortedIds;
    private final Dimension actors;
    private final Dimension regions;
    private final Dimension documents;
    /** The events' places and the countries those lie in ({@code event_area}). */
    private final Dimension places;
    private final WordIndex words;

    TimelineIndex(TimelineIndexBuilder b, long revision) {
        this.revision = revision;
        this.size = b.ids.length;
        this.dated = b.dated;
        this.ids = b.ids;
        this.starts = b.starts;
        this.ends = b.ends;
        this.byTitle = b.byTitle;
        this.byConfidence = b.byConfidence;
        this.confidence = b.confidence;
        Integer[] byId = new Integer[size];
        for (int p = 0; p < size; p++) {
            byId[p] = p;
        }
        Arrays.sort(byId, Comparator.comparingLong(p -> ids[p]));
        this.sortedIds = new long[size];
        this.positionsOfSortedIds = new int[size];
        for (int i = 0; i < size; i++) {
            sortedIds[i] = ids[byId[i]];
            positionsOfSortedIds[i] = byId[i];
        }
        this.actors = b.actors.build(size);
        this.regions = b.regions.build(size);
        this.documents = b.documents.build(size);
        this.places = b.places.build(size);
        this.words = new WordIndex(b.words);
    }

    /** How many events the index holds. */
    int size() {
        return size;
    }

    /** About how many bytes of heap the index holds (arrays, vocabulary and the maps of keys; object headers counted). */
    long bytes() {
        long bytes = 8L * (ids.length + starts.length + ends.length + confidence.length + sortedIds.length)
                + 4L * (byTitle.length + byConfidence.length + positionsOfSortedIds.length)
                + actors.bytes() + regions.bytes() + documents.bytes() + places.bytes() + words.bytes();
        return bytes;
    }

    long count(EventFilter filter, Changes changes) {
        return select(filter, changes.ids()).cardinality() + changes.count();
    }

    /**
     * The ids of a page of the filtered events in the grid's order. Changed events are merged in by start or by
     * confidence; by title only the database knows the order ({@link #sortsChanges}).
     */
    List<Long> page(EventFilter filter, Sort sort, int offset, int limit, Changes changes) {
        if (!changes.passing().isEmpty() && !sortsChanges(sort)) {
            throw new IllegalArgumentException("Changed events cannot be placed in the order " + sort);
        }
        BitSet selected = select(filter, changes.ids());
        Comparator<Key> order = order(sort);
        List<Key> extra = changes.passing().stream().map(TimelineIndex::key).sorted(order).toList();
        List<Long> page = new ArrayList<>(Math.min(Math.max(1, limit), 1024));
        int skip = Math.max(0, offset);
        int wanted = Math.max(1, limit);
        int next = 0;
        for (int i = 0; i < size && page.size() < wanted; i++) {
            int position = at(sort, i);
            if (!selected.get(position)) {
                continue;
            }
            if (next < extra.size()) {
                Key here = key(position);
                while (next < extra.size() && page.size() < wanted && order.compare(extra.get(next), here) < 0) {
                    skip = take(extra.get(next++).id(), skip, page);
                }
            }
            if (page.size() < wanted) {
                skip = take(ids[position], skip, page);
            }
        }
        while (next < extra.size() && page.size() < wanted) {
            skip = take(extra.get(next++).id(), skip, page);
        }
        return page;
    }

    /** Whether {@link #page} can place changed events in this order. */
    static boolean sortsChanges(Sort sort) {
        return sort != Sort.TITLE && sort != Sort.TITLE_DESC;
    }

    /** Skips or adds: the skip count left. */
    private static int take(long id, int skip, List<Long> page) {
        if (skip > 0) {
            return skip - 1;
        }
        page.add(id);
        return 0;
    }

    /** The ids of the filtered events without a date (the filter's dates ignored), by id, at most {@code limit}. */
    List<Long> undated(EventFilter filter, int limit, Changes changes) {
        BitSet selected = select(withoutDates(filter), changes.ids());
        List<Long> result = new ArrayList<>();
        for (int p = selected.nextSetBit(dated); p >= 0; p = selected.nextSetBit(p + 1)) {
            result.add(ids[p]);
        }
        changes.addUndatedIds(result);
        return result.stream().sorted().limit(Math.max(1, limit)).toList();
    }

    long countUndated(EventFilter filter, Changes changes) {
        BitSet selected = select(withoutDates(filter), changes.ids());
        return selected.get(dated, Math.max(dated, size)).cardinality()
                + changes.countUndated();
    }

    /** The filtered dated events counted by start in buckets of a width, per lane of {@code laneKeys} (null: none). */
    List<Bucket> buckets(EventFilter filter, long bucketSeconds, Lanes lanes, List<String> laneKeys, Changes changes) {
        BitSet selected = select(filter, changes.ids());
        Dimension dimension = dimension(lanes);
        int[] laneCodes = dimension == null ? new int[0] : laneKeys.stream().mapToInt(dimension::code).toArray();
        int[] slotOfCode = dimension == null ? new int[0] : new int[dimension.keys.length];
        Arrays.fill(slotOfCode, -1);
        for (int slot = 0; slot < laneCodes.length; slot++) {
            if (laneCodes[slot] >= 0) {
                slotOfCode[laneCodes[slot]] = slot;
            }
        }
        int slots = dimension == null ? 0 : laneKeys.size();
        Map<Long, long[]> counts = new HashMap<>();
        for (int p = selected.nextSetBit(0); p >= 0 && p < dated; p = selected.nextSetBit(p + 1)) {
            long[] row = counts.computeIfAbsent(Math.floorDiv(starts[p], bucketSeconds), b -> new long[slots + 1]);
            boolean inLane = false;
            if (slots > 0) {
                for (int code : dimension.ofEvent[p]) {
                    int slot = slotOfCode[code];
                    if (slot >= 0) {
                        row[slot]++;
                        inLane = true;
                    }
                }
            }
            if (!inLane) {
                row[slots]++;
            }
        }
        changes.addToBuckets(counts, bucketSeconds, slots == 0 ? List.of() : laneKeys);
        List<Bucket> buckets = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            long[] row = entry.getValue();
            for (int slot = 0; slot < row.length; slot++) {
                if (row[slot] > 0) {
                    buckets.add(new Bucket(entry.getKey(), slot < slots ? laneKeys.get(slot) : null, row[slot]));
                }
            }
        });
        return buckets;
    }

    /** The lanes holding the most filtered events, most first, then by key; labels are the keys. */
    List<Facet> topLanes(EventFilter filter, Lanes lanes, int limit, Changes changes) {
        Dimension dimension = dimension(lanes);
        if (dimension == null) {
            return List.of();
        }
        BitSet selected = select(filter, changes.ids());
        long[] counts = new long[dimension.keys.length];
        for (int p = selected.nextSetBit(0); p >= 0; p = selected.nextSetBit(p + 1)) {
            for (int code : dimension.ofEvent[p]) {
                counts[code]++;
            }
        }
        Map<String, Long> byKey = new HashMap<>();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                byKey.put(dimension.keys[code], counts[code]);
            }
        }
        changes.addToLanes(byKey);
        Comparator<String> keyOrder = lanes == Lanes.DOCUMENT ? Comparator.comparingLong(Long::parseLong)
                : Comparator.naturalOrder();
        return byKey.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, keyOrder))
                .limit(Math.max(1, limit))
                .map(e -> new Facet(e.getKey(), e.getKey(), e.getValue()))
                .toList();
    }

    /** The first start and the last end of the filtered dated events, or null when there is none. */
    LocalDateTime[] extent(EventFilter filter, Changes changes) {
        BitSet selected = select(filter, changes.ids());
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int firstPosition = selected.nextSetBit(0);
        if (firstPosition >= 0 && firstPosition < dated) {
            first = starts[firstPosition];
            for (int p = firstPosition; p >= 0 && p < dated; p = selected.nextSetBit(p + 1)) {
                last = Math.max(last, ends[p]);
            }
        }
        long[] span = changes.widen(first, last);
        if (span[0] == Long.MAX_VALUE) {
            return null;
        }
        return new LocalDateTime[] {time(span[0]), span[1] == Long.MIN_VALUE ? null : time(span[1])};
    }

    /** The positions the filter selects, without those of some events. */
    private BitSet select(EventFilter filter, Set<Long> excluded) {
        BitSet selected = select(filter);
        for (long id : excluded) {
            int position = positionOf(id);
            if (position >= 0) {
                selected.clear(position);
            }
        }
        return selected;
    }

    /** The position of an event, or -1 when the index does not hold it. */
    private int positionOf(long id) {
        int i = Arrays.binarySearch(sortedIds, id);
        return i < 0 ? -1 : positionsOfSortedIds[i];
    }

    /** What the grid's orders compare: undated last, start, id, confidence. */
    private record Key(boolean undated, long start, long id, double confidence) {
    }

    private Key key(int position) {
        return new Key(position >= dated, position < dated ? starts[position] : 0, ids[position], confidence[position]);
    }

    private static Key key(Changes.Changed e) {
        return new Key(e.start() == null, e.start() == null ? 0 : seconds(e.start()), e.id(), e.confidence());
    }

    /** The order of {@link #at} as a comparison of keys (by title: none, see {@link #sortsChanges}). */
    private static Comparator<Key> order(Sort sort) {
        Comparator<Key> byStart = Comparator.comparing(Key::undated).thenComparingLong(Key::start).thenComparingLong(Key::id);
        Comparator<Key> byConfidence = Comparator.comparingDouble(Key::confidence).thenComparingLong(Key::id);
        return switch (sort) {
            case START -> byStart;
            case START_DESC -> Comparator.comparing(Key::undated)
                    .thenComparing(Comparator.comparingLong(Key::start).thenComparingLong(Key::id).reversed());
            case CONFIDENCE -> byConfidence;
            case CONFIDENCE_DESC -> byConfidence.reversed();
            case TITLE, TITLE_DESC -> (a, b) -> 0;
        };
    }

    /** The positions the filter selects: the same conditions as {@code EventRepository.where}. */
    BitSet select(EventFilter filter) {
        BitSet selected = new BitSet(size);
        boolean datedOnly = EventRepository.datedOnly(filter);
        if (filter.to() != null) {
            selected.set(0, firstStartFrom(ceilSeconds(filter.to())));
        } else {
            selected.set(0, datedOnly ? dated : size);
        }
        if (filter.from() != null) {
            long from = floorSeconds(filter.from());
            for (int p = selected.nextSetBit(0); p >= 0; p = selected.nextSetBit(p + 1)) {
                if (ends[p] <= from) {
                    selected.clear(p);
                }
            }
        }
        if (!filter.actors().isEmpty()) {
            selected.and(actors.anyOf(filter.actors(), size));
        }
        if (!filter.regions().isEmpty()) {
            selected.and(regions.anyOf(filter.regions(), size));
        }
        if (!filter.places().isEmpty()) {
            selected.and(places.anyOf(filter.places(), size));
        }
        if (!filter.documents().isEmpty()) {
            selected.and(documents.anyOf(filter.documents().stream().map(String::valueOf).toList(), size));
        }
        for (String term : TextSearch.terms(filter.text())) {
            selected.and(words.holdersOfPrefix(term, size));
        }
        if (filter.thresholds()) {
            for (int p = selected.nextSetBit(0); p >= 0; p = selected.nextSetBit(p + 1)) {
                // As the SQL: a number of sources filters from two on.
                if (confidence[p] < filter.minConfidence()
                        || filter.minSources() > 1 && documents.ofEvent[p].length < filter.minSources()) {
                    selected.clear(p);
                }
            }
        }
        return selected;
    }

    /** The position of the i-th event in a sort order. */
    private int at(Sort sort, int i) {
        return switch (sort) {
            case START -> i;
            case START_DESC -> i < dated ? dated - 1 - i : size - 1 - (i - dated);
            case TITLE -> byTitle[i];
            case TITLE_DESC -> byTitle[size - 1 - i];
            case CONFIDENCE -> byConfidence[i];
            case CONFIDENCE_DESC -> byConfidence[size - 1 - i];
        };
    }

    private int firstStartFrom(long seconds) {
        int low = 0;
        int high = dated;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < seconds) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private Dimension dimension(Lanes lanes) {
        return switch (lanes) {
            case NONE -> null;
            case ACTOR -> actors;
            case REGION -> regions;
            case DOCUMENT -> documents;
            case PLACE -> places;
        };
    }

    private static EventFilter withoutDates(EventFilter filter) {
        return filter.withoutDates();
    }

    static long seconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    /** Whole seconds s with s > time exactly when s > floorSeconds(time). */
    private static long floorSeconds(LocalDateTime time) {
        return seconds(time);
    }

    /** Whole seconds s with s < time exactly when s < ceilSeconds(time). */
    private static long ceilSeconds(LocalDateTime time) {
        return seconds(time) + (time.getNano() > 0 ? 1 : 0);
    }

    private static LocalDateTime time(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

}
