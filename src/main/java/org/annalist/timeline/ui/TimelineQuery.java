package org.annalist.timeline.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.events.EventFilter;
import org.annalist.timeline.Lanes;

/**
 * What the timeline shows: the filters, the lanes, the selected event and the visible span. It lives in the URL's query
 * parameters so that a view can be bookmarked and shared; anything unreadable there is ignored, never an error.
 *
 * @param from     first day shown (inclusive), or null
 * @param to       last day shown (inclusive), or null
 * @param event    the selected event, or null
 * @param view     the visible span of the time axis ([start, end]), or null for "fit the events"
 * @param minConfidence the events whose confidence is at least this (0: all)
 * @param minSources    the events told by at least this many documents (0 or 1: all)
 * @param places   places (entity ids) one of which the event must be in: a country takes its cities' events
 */
public record TimelineQuery(List<String> actors, List<String> regions, List<Long> documents, LocalDate from, LocalDate to,
                            String text, double minConfidence, int minSources, Lanes lanes, Long event,
                            LocalDateTime viewStart, LocalDateTime viewEnd, List<String> places) {

    public static final TimelineQuery EMPTY = new TimelineQuery(List.of(), List.of(), List.of(), null, null, null, 0, 0,
            Lanes.NONE, null, null, null, List.of());

    public TimelineQuery {
        actors = List.copyOf(actors);
        regions = List.copyOf(regions);
        documents = List.copyOf(documents);
        places = List.copyOf(places);
        text = text == null || text.isBlank() ? null : text.strip();
        lanes = lanes == null ? Lanes.NONE : lanes;
        // What the URL says beyond the scale is read as no threshold (unreadable, never an error).
        minConfidence = minConfidence > 0 && minConfidence <= 1 ? minConfidence : 0;
        minSources = Math.max(0, minSources);
        if (viewStart == null || viewEnd == null || !viewStart.isBefore(viewEnd)) {
            viewStart = null;
            viewEnd = null;
        }
    }

    /** The filters as the store reads them (the visible span is not a filter). */
    public EventFilter filter() {
        return new EventFilter(actors, regions, from == null ? null : from.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay(), documents, text, from == null && to == null,
                minConfidence, minSources, places);
    }

    /** The filters restricted to a span of the time axis: dated events overlapping it. */
    public EventFilter filterWithin(LocalDateTime start, LocalDateTime end) {
        LocalDateTime lower = from == null || start.isAfter(from.atStartOfDay()) ? start : from.atStartOfDay();
        LocalDateTime upper = to == null || end.isBefore(to.plusDays(1).atStartOfDay()) ? end : to.plusDays(1).atStartOfDay();
        return new EventFilter(actors, regions, lower, upper.isAfter(lower) ? upper : lower, documents, text, false,
                minConfidence, minSources, places);
    }

    public boolean filtered() {
        return !actors.isEmpty() || !places.isEmpty() || !regions.isEmpty() || !documents.isEmpty() || from != null || to != null || text != null
                || minConfidence > 0 || minSources > 1;
    }

    /** How many filters apply (each actor, place, region and document counts, the dates once, the words, each threshold). */
    public int filterCount() {
        return actors.size() + places.size() + regions.size() + documents.size() + (from != null || to != null ? 1 : 0)
                + (text != null ? 1 : 0) + (minConfidence > 0 ? 1 : 0) + (minSources > 1 ? 1 : 0);
    }

    public TimelineQuery withActors(List<String> value) {
        return new TimelineQuery(value, regions, documents, from, to, text, minConfidence, minSources,
                lanes, event, viewStart, viewEnd, places);
    }

    public TimelineQuery withPlaces(List<String> value) {
        return new TimelineQuery(actors, regions, documents, from, to, text, minConfidence, minSources,
                lanes, event, viewStart, viewEnd, value);
    }

    public TimelineQuery withRegions(List<String> value) {
        return new TimelineQuery(actors, value, documents, from, to, text, minConfidence, minSources,
                lanes, event, viewStart, viewEnd, places);
    }

    public TimelineQuery withDocuments(List<Long> value) {
        return new TimelineQuery(actors, regions, value, from, to, text, minConfidence, minSources,
                lanes, event, viewStart, viewEnd, places);
    }

    public TimelineQuery withDates(LocalDate first, LocalDate last) {
        return new TimelineQuery(actors, regions, documents, first, last, text, minConfidence, minSources,
                lanes, event, viewStart, viewEnd, places);
    }

    public TimelineQuery withText(String value) {
        return new TimelineQuery(actors, regions, documents, from, to, value, minConfidence, minSources,
                lanes, event, viewStart, viewEnd, places);
    }

    /** At least this confidence (0: any) and this many documents telling the event (0 or 1: any). */
    public TimelineQuery withThresholds(double confidence, int sources) {
        return new TimelineQuery(actors, regions, documents, from, to, text, confidence, sources, lanes, event, viewStart,
                viewEnd, places);
    }

    public TimelineQuery withLanes(Lanes value) {
        return new TimelineQuery(actors, regions, documents, from, to, text, minConfidence, minSources,
                value, event, viewStart, viewEnd, places);
    }

    public TimelineQuery withEvent(Long value) {
        return new TimelineQuery(actors, regions, documents, from, to, text, minConfidence, minSources,
                lanes, value, viewStart, viewEnd, places);
    }

    public TimelineQuery withView(LocalDateTime start, LocalDateTime end) {
        return new TimelineQuery(actors, regions, documents, from, to, text, minConfidence, minSources,
                lanes, event, start, end, places);
    }

    /** The same view without any filter (lanes and visible span stay). */
    public TimelineQuery cleared() {
        return new TimelineQuery(List.of(), List.of(), List.of(), null, null, null, 0, 0, lanes, null, viewStart, viewEnd,
                List.of());
    }

    public QueryParameters toParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "actor", actors);
        put(params, "place", places);
        put(params, "region", regions);
        put(params, "doc", documents.stream().map(String::valueOf).toList());
        put(params, "from", from == null ? List.of() : List.of(from.toString()));
        put(params, "to", to == null ? List.of() : List.of(to.toString()));
        put(params, "q", text == null ? List.of() : List.of(text));
        put(params, "confidence", minConfidence > 0 ? List.of(String.valueOf(minConfidence)) : List.of());
        put(params, "sources", minSources > 1 ? List.of(String.valueOf(minSources)) : List.of());
        put(params, "lanes", lanes == Lanes.NONE ? List.of() : List.of(lanes.name().toLowerCase(java.util.Locale.ROOT)));
        put(params, "event", event == null ? List.of() : List.of(event.toString()));
        put(params, "view", viewStart == null ? List.of() : List.of(viewStart + "_" + viewEnd));
        return new QueryParameters(params);
    }

    public static TimelineQuery fromParameters(QueryParameters parameters) {
        Map<String, List<String>> params = parameters.getParameters();
        List<Long> documents = new ArrayList<>();
        for (String doc : params.getOrDefault("doc", List.of())) {
            Long id = number(doc);
            if (id != null) {
                documents.add(id);
            }
        }
        Lanes lanes = Lanes.NONE;
        for (Lanes value : Lanes.values()) {
            if (value.name().equalsIgnoreCase(first(params, "lanes"))) {
                lanes = value;
            }
        }
        LocalDateTime viewStart = null;
        LocalDateTime viewEnd = null;
        String view = first(params, "view");
        if (view != null && view.contains("_")) {
            viewStart = dateTime(view.substring(0, view.indexOf('_')));
            viewEnd = dateTime(view.substring(view.indexOf('_') + 1));
            // A span the axis cannot show (years beyond 1–9999, reversed, half missing) is ignored, as unreadable.
            if (!TimeAxis.inside(viewStart) || !TimeAxis.inside(viewEnd) || !viewStart.isBefore(viewEnd)) {
                viewStart = null;
                viewEnd = null;
            }
        }
        return new TimelineQuery(nonBlank(params.get("actor")), nonBlank(params.get("region")), documents,
                date(first(params, "from")), date(first(params, "to")), first(params, "q"),
                fraction(first(params, "confidence")), whole(first(params, "sources")), lanes,
                number(first(params, "event")), viewStart, viewEnd, nonBlank(params.get("place")));
    }

    private static void put(Map<String, List<String>> params, String name, List<String> values) {
        if (!values.isEmpty()) {
            params.put(name, values);
        }
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).distinct().toList();
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double fraction(String value) {
        try {
            return value == null ? 0 : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int whole(String value) {
        Long number = number(value);
        return number == null || number < 0 || number > 10_000 ? 0 : number.intValue();
    }

    private static LocalDate date(String value) {
        try {
            LocalDate day = value == null ? null : LocalDate.parse(value.strip());
            return day == null || TimeAxis.inside(day.atStartOfDay()) ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime dateTime(String value) {
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
