package org.annalist.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.temporal.Timex;

/** The JSON shape of a temporal expression on the command line (absent values are left out). */
final class TimexJson {

    private TimexJson() {
    }

    static List<Map<String, Object>> of(List<Timex> timexes) {
        return timexes.stream().map(TimexJson::of).toList();
    }

    static Map<String, Object> of(Timex t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("begin", t.begin());
        json.put("end", t.end());
        json.put("text", t.text());
        json.put("type", t.type().name());
        json.put("value", t.value());
        put(json, "mod", t.mod() == null ? null : t.mod().name());
        if (t.interval() != null) {
            json.put("intervalStart", t.interval().start().toString());
            json.put("intervalEnd", t.interval().end().toString());
            json.put("granularity", t.interval().granularity().name());
        }
        if (t.anchor() != null) {
            Map<String, Object> anchor = new LinkedHashMap<>();
            anchor.put("kind", t.anchor().kind().name());
            anchor.put("date", t.anchor().date().toString());
            put(anchor, "begin", t.anchor().begin());
            put(anchor, "text", t.anchor().text());
            json.put("anchor", anchor);
        }
        json.put("explanation", t.explanation());
        json.put("resolved", t.resolved());
        put(json, "unresolvedReason", t.unresolvedReason());
        return json;
    }

    private static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
