package org.annalist.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.events.StoredEvent;
import org.annalist.temporal.Granularity;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes events as CSV (Jackson's CSV module: UTF-8, RFC 4180, one row an event), JSON (the same fields) or
 * TimelineJS3 JSON.
 *
 * <p>CSV is safe in every spreadsheet locale: every cell is quoted (a French Excel splits unquoted cells at
 * {@code ;}), and a cell a spreadsheet could run as a formula gets a leading apostrophe: one whose first visible
 * character (after spaces, no-break spaces, zero-width characters and quotes) is {@code = + - @ ;} or their fullwidth
 * forms, or that starts with a tab or a carriage return (OWASP's CSV injection advice, widened to what spreadsheets
 * skip before reading a formula). TimelineJS shows its text fields as HTML: they are escaped.
 */
public final class EventExport {

    /** The columns, in order, of the CSV and the fields of the JSON. */
    public static final List<String> COLUMNS = List.of("id", "start", "end", "granularity", "timex_value", "date_text",
            "title", "actors", "places", "regions", "polarity", "confidence", "source_titles", "outlets",
            "publication_dates", "passages", "passage_offsets", "corroboration", "source_dates", "sources_disagree",
            "disagreeing_tolls", "salience");

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
            CsvMapper mapper = CsvMapper.builder().enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS)
                    .enable(CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS).build();
            mapper.writer(schema.build()).writeValues(out).writeAll(rows).close();
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
            // TimelineJS renders these as HTML: the untrusted text is escaped, the line breaks are ours.
            text.put("headline", html(event.title()));
            text.put("text", event.sources().stream()
                    .map(s -> html("«" + s.passage() + "» (" + s.documentTitle() + (s.outlet() == null ? "" : ", " + s.outlet()) + ")"))
                    .collect(Collectors.joining("<br>")));
            item.put("text", text);
            item.put("group", event.regions().isEmpty() ? "" : html(regionLabel.apply(event.regions().get(0))));
            item.put("unique_id", "event-" + event.id());
            items.add(item);
        }
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("title", Map.of("text", Map.of("headline", html(headline), "text", "Annalist")));
        timeline.put("events", items);
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(out, timeline);
    }

    private static Map<String, Object> timelineDate(LocalDateTime time, Granularity granularity) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("year", time.getYear());
        boolean yearOrCoarser = granularity == null || EnumSet.of(Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY)
                .contains(granularity);
        if (!yearOrCoarser) {
            date.put("month", time.getMonthValue());
            if (!EnumSet.of(Granularity.MONTH, Granularity.QUARTER, Granularity.HALF_YEAR, Granularity.SEASON)
                    .contains(granularity)) {
                date.put("day", time.getDayOfMonth());
                if (EnumSet.of(Granularity.MINUTE, Granularity.HOUR, Granularity.PART_OF_DAY).contains(granularity)) {
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
        row.put("source_dates", e.sources().stream().map(s -> s.timexValue() == null ? "-" : s.timexValue())
                .collect(Collectors.joining("; ")));
        row.put("sources_disagree", e.sourcesDisagree());
        row.put("disagreeing_tolls", e.tollsDisagreeing().entrySet().stream()
                .map(t -> t.getKey().name() + " " + t.getValue().stream().map(String::valueOf).collect(Collectors.joining("/")))
                .collect(Collectors.joining("; ")));
        row.put("salience", Math.round(e.salience() * 1000) / 1000.0);
        return row;
    }

    /** Text for an HTML field: {@code & < > " '} escaped by jsoup (a passage may hold markup that must stay text). */
    static String html(String text) {
        return text == null ? "" : Entities.escape(text);
    }

    /** What may stand before a formula and still let a spreadsheet read it: spaces, invisible characters, quotes. */
    private static boolean skipped(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '"' || c == '\'' || c == '\uFF02'
                || c == '\uFF07' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D' || c == '`';
    }

    /** The characters a formula starts with, with their fullwidth forms (and the minus sign, read as "-"). */
    private static final String FORMULA_STARTS = "=+-@;\uFF1D\uFF0B\uFF0D\uFF20\uFF1B\u2212\uFE62\uFE63\uFE66";

    /**
     * A cell a spreadsheet would evaluate ("=HYPERLINK(...)", "+1", "@SUM", " \u00A0=1", "＝1", "\"=1") gets a
     * leading apostrophe; so does one that starts with a tab or a carriage return.
     */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        if (cell.charAt(0) == '\t' || cell.charAt(0) == '\r') {
            return "'" + cell;
        }
        int i = 0;
        while (i < cell.length() && skipped(cell.codePointAt(i))) {
            i += Character.charCount(cell.codePointAt(i));
        }
        if (i < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(i)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
