package org.annalist.curation;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;

/** The date of an event, all the columns that make it (a null start: undated, its words possibly kept). */
public record EventDate(LocalDateTime start, LocalDateTime end, String granularity, String timexValue,
                        String timexMod, String dateText, String dateHow, String explanation) {

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

    String json() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("start", start == null ? null : start.toString());
        map.put("end", end == null ? null : end.toString());
        map.put("granularity", granularity);
        map.put("timex_value", timexValue);
        map.put("timex_mod", timexMod);
        map.put("date_text", dateText);
        map.put("date_how", dateHow);
        map.put("explanation", explanation);
        return CurationRows.json(map);
    }

    /** A date as the history wrote it; null for entries older than full history (a description only). */
    static EventDate fromJson(String json) {
        if (json == null || !json.startsWith("{")) {
            return null;
        }
        Map<String, String> map = CurationRows.JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        return new EventDate(time(map.get("start")), time(map.get("end")), map.get("granularity"),
                map.get("timex_value"), map.get("timex_mod"), map.get("date_text"), map.get("date_how"),
                map.get("explanation"));
    }

    private static LocalDateTime time(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }
}
