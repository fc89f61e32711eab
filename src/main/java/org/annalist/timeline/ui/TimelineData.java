package org.annalist.timeline.ui;

import java.util.List;

/**
 * What the browser's timeline draws for a window: lanes and entries (events, clusters of a dense span, publication
 * days). Serialized to JSON for the {@code <annalist-timeline>} component; labels are plain text, escaped there.
 *
 * @param clustered whether the window was too dense and events are counted in clusters
 * @param total     how many events the window (with its margins) holds under the filters
 */
public record TimelineData(List<Lane> lanes, List<Entry> entries, boolean clustered, long total) {

    public record Lane(String id, String label, String classes, int order) {
    }

    /** An event ({@code eventId} set), a cluster or a publication day; {@code point}: drawn at its start. */
    public record Entry(String id, String kind, Long eventId, String group, String start, String end, boolean point,
                        String label, String tooltip, String classes) {
    }
}
