package org.annalist.events;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.annalist.event.DateHow;
import org.annalist.temporal.Timex;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The date of an event, all the columns that make it, in their order in the table (a null start: undated, its words
 * possibly kept): what extraction writes from a date expression, what a person sets, what the history keeps.
 */
public record EventDate(LocalDateTime start, LocalDateTime end, String granularity, String timexValue,
                        String timexMod, String dateText, String dateHow, String explanation) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The column names, in the order of {@link #columns()}. */
    public static final String COLUMNS = "interval_start, interval_end, granularity, timex_value, timex_mod, date_text, "
            + "date_how, explanation";
    /** {@code interval_start = ?, ...}: the columns set from {@link #columns()} in an UPDATE. */
    public static final String ASSIGNMENTS = COLUMNS.replace(", ", " = ?, ") + " = ?";

    /** The date an extracted event gets from the expression that dates it (null: none), as {@code how} says. */
    public static EventDate of(Timex date, DateHow how) {
        boolean dated = date != null && date.interval() != null;
        return new EventDate(dated ? date.interval().start() : null, dated ? date.interval().end() : null,
                dated ? date.interval().granularity().name() : null, date == null ? null : date.value(),
                date == null || date.mod() == null ? null : date.mod().name(), date == null ? null : cut(date.text(), 1000),
                how.name(), date == null ? null : cut(date.explanation(), 2000));
    }

    /** The values of {@link #COLUMNS}, in that order. */
    public Object[] columns() {
        return new Object[] {start, end, granularity, timexValue, timexMod, dateText, dateHow, explanation};
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public boolean dated() {
        return start != null;
    }

    /** As the history shows it: {@code 2020-01-07 (DAY)}, {@code 2020 START (YEAR)}, {@code undated «words»}. */
    public String describe() {
        String words = dateText == null ? "" : " «" + dateText + "»";
        if (start == null) {
            return "undated" + words;
        }
        String value = timexValue == null ? start + "/" + end : timexValue;
        return value + (timexMod == null ? "" : " " + timexMod) + (granularity == null ? "" : " (" + granularity + ")")
                + words;
    }

    /** The same period at the same precision (how it was found aside: confirming a date changes nothing). */
    public boolean sameAs(EventDate other) {
        return other != null && Objects.equals(start, other.start) && Objects.equals(end, other.end)
                && Objects.equals(granularity, other.granularity) && Objects.equals(timexValue, other.timexValue)
                && Objects.equals(timexMod, other.timexMod) && (start != null || Objects.equals(dateText, other.dateText));
    }

    public String json() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("start", start == null ? null : start.toString());
        map.put("end", end == null ? null : end.toString());
        map.put("granularity", granularity);
        map.put("timex_value", timexValue);
        map.put("timex_mod", timexMod);
        map.put("date_text", dateText);
        map.put("date_how", dateHow);
        map.put("explanation", explanation);
        return JSON.writeValueAsString(map);
    }

    /** A date as the history wrote it; null for entries older than full history (a description only). */
    public static EventDate fromJson(String json) {
        if (json == null || !json.startsWith("{")) {
            return null;
        }
        Map<String, String> map = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        return new EventDate(time(map.get("start")), time(map.get("end")), map.get("granularity"),
                map.get("timex_value"), map.get("timex_mod"), map.get("date_text"), map.get("date_how"),
                map.get("explanation"));
    }

    private static LocalDateTime time(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }
}
