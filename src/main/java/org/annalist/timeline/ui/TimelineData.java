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

    /**
     * An event ({@code eventId} set), a cluster, a publication day or a stretch of the publications' density strip;
     * {@code point}: drawn at its start; {@code coarse}: a month or longer, stacked below a lane's day events.
     */
    public record Entry(String id, String kind, Long eventId, String group, String start, String end, boolean point,
                        boolean coarse, String label, String tooltip, String classes) {
    }
}
