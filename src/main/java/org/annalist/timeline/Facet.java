package org.annalist.timeline;

/** A lane (or a filter choice) with the number of events it holds under the current filters. */
public record Facet(String key, String label, long count) {
}
