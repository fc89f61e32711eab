package org.annalist.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.store.StoredEvent;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes events as CSV (Jackson's CSV module: UTF-8, RFC 4180, one row an event), JSON (the same fields) or
 * TimelineJS3 JSON. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return)
 * are neutralised with a leading apostrophe.
 */
public final class EventExport {

    /** The columns, in order, of the CSV and the fields of the JSON. */
    public static final List<String> COLUMNS = List.of("id", "start", "end", "granularity", "timex_value", "date_text",
            "title", "actors", "places", "regions", "polarity", "confidence", "source_titles", "outlets",
            "publication_dates", "passages", "passage_offsets", "corroboration");

    private final Function<String, String> regionLabel;

    /** @param regionLabel the label to show for a region id */
    public EventExport(Function<String, String> regionLabel) {
        this.regionLabel = regionLabel;
    }

    public void csv(List<StoredEvent> events, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoredEvent event : events) {
            Map<String, Object> row = new LinkedHashMap<>();
            fields(event).forEach((key, value) -> row.put(key, neutralise(value == null ? "" : String.valueOf(value))));
            rows.add(row);
        }
        try {
            new CsvMapper().writer(schema.build()).writeValues(out).writeAll(rows).close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("Cannot write CSV", e));
        }
    }

    public void json(List<StoredEvent> events, Writer out) {
        List<Map<String, Object>> list = events.stream().map(this::fields).toList();
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, Map.of("events", list));
    }

    /** TimelineJS3's JSON: https://timeline.knightlab.com/docs/json-format.html (dated events only). */
    public void timelineJs(List<StoredEvent> events, String headline, Writer out) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (StoredEvent event : events) {
            if (event.start() == null) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("start_date", timelineDate(event.start(), event.granularity()));
            LocalDateTime lastInstant = event.end().minusSeconds(1);
            if (!lastInstant.toLocalDate().equals(event.start().toLocalDate())) {
                item.put("end_date", timelineDate(lastInstant, event.granularity()));
            }
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("headline", event.title());
            text.put("text", event.sources().stream()
                    .map(s -> "«" + s.passage() + "» (" + s.documentTitle() + (s.outlet() == null ? "" : ", " + s.outlet()) + ")")
                    .collect(Collectors.joining("\n")));
            item.put("text", text);
            item.put("group", event.regions().isEmpty() ? "" : regionLabel.apply(event.regions().get(0)));
            item.put("unique_id", "event-" + event.id());
            items.add(item);
        }
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("title", Map.of("text", Map.of("headline", headline, "text", "Annalist")));
        timeline.put("events", items);
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, timeline);
    }

    private static Map<String, Object> timelineDate(LocalDateTime time, String granularity) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("year", time.getYear());
        boolean year = granularity == null || granularity.equals("YEAR") || granularity.equals("DECADE") || granularity.equals("CENTURY");
        if (!year) {
            date.put("month", time.getMonthValue());
            if (!granularity.equals("MONTH") && !granularity.equals("QUARTER") && !granularity.equals("HALF_YEAR")
                    && !granularity.equals("SEASON")) {
                date.put("day", time.getDayOfMonth());
                if (granularity.equals("MINUTE") || granularity.equals("HOUR") || granularity.equals("PART_OF_DAY")) {
                    date.put("hour", time.getHour());
                    date.put("minute", time.getMinute());
                }
            }
        }
        return date;
    }

    Map<String, Object> fields(StoredEvent e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("start", e.start() == null ? null : e.start().toString());
        row.put("end", e.end() == null ? null : e.end().toString());
        row.put("granularity", e.granularity());
        row.put("timex_value", e.timexValue() == null ? null : e.timexValue() + (e.timexMod() == null ? "" : " " + e.timexMod()));
        row.put("date_text", e.dateText());
        row.put("title", e.title());
        row.put("actors", e.actors().stream().map(StoredEvent.Named::name).collect(Collectors.joining("; ")));
        row.put("places", e.places().stream().map(StoredEvent.Named::name).collect(Collectors.joining("; ")));
        row.put("regions", e.regions().stream().map(regionLabel).collect(Collectors.joining("; ")));
        row.put("polarity", e.polarity());
        row.put("confidence", e.confidence());
        row.put("source_titles", e.sources().stream().map(StoredEvent.Source::documentTitle).distinct().collect(Collectors.joining("; ")));
        row.put("outlets", e.sources().stream().map(StoredEvent.Source::outlet).filter(java.util.Objects::nonNull).distinct()
                .collect(Collectors.joining("; ")));
        row.put("publication_dates", e.sources().stream().map(s -> s.published() == null ? "undated" : s.published().toString())
                .distinct().collect(Collectors.joining("; ")));
        row.put("passages", e.sources().stream().map(StoredEvent.Source::passage).collect(Collectors.joining(" | ")));
        row.put("passage_offsets", e.sources().stream().map(s -> s.documentId() + ":" + s.passageBegin() + "-" + s.passageEnd())
                .collect(Collectors.joining("; ")));
        row.put("corroboration", e.corroboration());
        return row;
    }

    /** A cell a spreadsheet would evaluate ("=HYPERLINK(...)", "+1", "@SUM") gets a leading apostrophe. */
    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
