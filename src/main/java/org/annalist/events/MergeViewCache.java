package org.annalist.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.annalist.database.EventRevision;
import org.annalist.event.MergeView;

/**
 * The merge views of stored events, kept between documents: the same candidates come back for document after
 * document of one story, and reading their sources and participants again, then their words and kinds, was most of
 * what storing a document cost (the store benchmark). A view keeps what it was made from: the event's row (title,
 * date, language), the keys of the first sources it read and its participants. It is not used for a row that
 * differs; and an event changed since (by any process, {@link EventRevision}) is looked at again: its view stays
 * when its first sources and participants are still the same (a new source from a later document, the most common
 * change while a corpus is read, changes neither), and is dropped otherwise. When the changes are not known, all
 * views are dropped. Another process's change is seen within the revision's {@link EventRevision#MAX_AGE_NANOS}.
 */
final class MergeViewCache {

    /** Views kept, at most (the least recently asked go first). */
    static final int CAPACITY = 8_192;

    /** What a view is made from besides its row: its first sources (document and passage) and its participants. */
    record Origin(List<String> sources, Set<String> participants) {
    }

    private record Cached(MergeCandidates.Row row, Origin origin, MergeView view) {
    }

    private final EventRevision revision;
    private final LinkedHashMap<Long, Cached> views = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > CAPACITY;
        }
    };
    private long validAt = -1;

    MergeViewCache(EventRevision revision) {
        this.revision = revision;
    }

    /**
     * The views still valid of these events, made from rows equal to these.
     *
     * @param origins what the views of the given events are made from now (read from the database)
     */
    synchronized Map<Long, MergeView> valid(Iterable<MergeCandidates.Row> rows,
                                            Function<Collection<Long>, Map<Long, Origin>> origins) {
        refresh(origins);
        Map<Long, MergeView> found = new HashMap<>();
        for (MergeCandidates.Row row : rows) {
            Cached entry = views.get(row.id());
            if (entry != null && entry.row().equals(row)) {
                found.put(row.id(), entry.view());
            }
        }
        return found;
    }

    synchronized void put(MergeCandidates.Row row, Origin origin, MergeView view) {
        views.put(row.id(), new Cached(row, origin, view));
    }

    synchronized int size() {
        return views.size();
    }

    /** Looks again at the views of the events changed since they were read. */
    private void refresh(Function<Collection<Long>, Map<Long, Origin>> origins) {
        long now = revision.current();
        if (now == validAt) {
            return;
        }
        Set<Long> changed = validAt < 0 ? null : revision.changedBetween(validAt, now);
        if (changed == null) {
            views.clear();
        } else {
            List<Long> held = changed.stream().filter(views::containsKey).toList();
            if (!held.isEmpty()) {
                Map<Long, Origin> current = origins.apply(held);
                for (Long id : held) {
                    if (!views.get(id).origin().equals(current.get(id))) {
                        views.remove(id);
                    }
                }
            }
        }
        validAt = now;
    }
}
