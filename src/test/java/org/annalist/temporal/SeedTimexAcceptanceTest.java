package org.annalist.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.reading.NewDocument;
import org.annalist.support.Acceptance;
import org.annalist.support.SeedDocuments;
import org.junit.jupiter.api.Test;

/**
 * Every line of ../shared/acceptance/seed-timexes.tsv and seed-traps.tsv, on the seed documents as ingested (their
 * publication date as DCT). Failing lines are reported one by one.
 */
class SeedTimexAcceptanceTest {

    private final TemporalTagger tagger = TemporalTagger.standard();
    private final Map<String, NewDocument> documents = new HashMap<>();
    private final Map<String, List<Timex>> tagged = new HashMap<>();

    private List<Timex> timexes(String file) {
        return tagged.computeIfAbsent(file, f -> {
            NewDocument document = documents.computeIfAbsent(f, SeedDocuments::read);
            return tagger.tag(document.text(), document.metadata().language(), document.metadata().publishedOn());
        });
    }

    private String text(String file) {
        timexes(file);
        return documents.get(file).text();
    }

    @Test
    void everyExpressionOfTheSeedsIsFoundAndNormalized() throws Exception {
        List<String> failures = new ArrayList<>();
        java.util.Set<String> acceptablyUnresolved = new java.util.HashSet<>();
        boolean unresolvedAcceptable = false;
        List<Map<String, String>> rows = Acceptance.rows("seed-timexes.tsv");
        for (Map<String, String> row : rows) {
            String file = row.get("doc");
            String note = row.get("note");
            // "UNRESOLVED is acceptable" for back references; "same as above" repeats an earlier line of that value.
            if (note.contains("UNRESOLVED is acceptable")) {
                acceptablyUnresolved.add(row.get("value"));
            }
            unresolvedAcceptable = note.contains("UNRESOLVED is acceptable")
                    || note.equals("same as above") && acceptablyUnresolved.contains(row.get("value"));
            String line = row.get("text") + " #" + row.get("nth") + " in " + file;
            int at = nth(text(file), row.get("text"), Integer.parseInt(row.get("nth")));
            if (at < 0) {
                failures.add(line + ": text not in the document");
                continue;
            }
            int end = at + row.get("text").length();
            Timex timex = timexes(file).stream().filter(t -> t.begin() < end && at < t.end()).findFirst().orElse(null);
            if (timex == null) {
                failures.add(line + ": not found");
                continue;
            }
            String expected = row.get("type") + " " + row.get("value");
            String got = timex.type() + " " + timex.value() + " ('" + timex.text() + "')";
            if (timex.value().equals(Timex.UNRESOLVED) && unresolvedAcceptable) {
                continue;
            }
            if (timex.type() != TimexType.valueOf(row.get("type")) || !timex.value().equals(row.get("value"))) {
                failures.add(line + ": expected " + expected + ", got " + got);
                continue;
            }
            if (row.get("value").equals(Timex.UNRESOLVED)) {
                if (timex.resolved() || timex.interval() != null) {
                    failures.add(line + ": must be flagged unresolved, without interval");
                }
                continue;
            }
            if (!row.get("must_contain").isEmpty()) {
                LocalDate day = LocalDate.parse(row.get("must_contain"));
                // The interval must reach into that day (an evening lies within its day).
                if (timex.interval() == null || !timex.interval().start().isBefore(day.plusDays(1).atStartOfDay())
                        || !timex.interval().end().isAfter(day.atStartOfDay())) {
                    failures.add(line + ": interval " + timex.interval() + " does not contain " + day);
                }
            }
            if (!row.get("max_width").isEmpty() && timex.interval() != null
                    && timex.interval().end().isAfter(timex.interval().start().plus(Period.parse(row.get("max_width"))))) {
                failures.add(line + ": interval " + timex.interval() + " wider than " + row.get("max_width"));
            }
        }
        System.out.printf("seed-timexes.tsv: %d of %d lines pass%n", rows.size() - failures.size(), rows.size());
        assertThat(failures).isEmpty();
    }

    @Test
    void noTrapOfTheSeedsIsTagged() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> row : Acceptance.rows("seed-traps.tsv")) {
            if (row.get("why").contains("no event")) {
                continue; // an event-level trap (a copyright footer holds a date, but no event)
            }
            checked++;
            String file = row.get("doc");
            int at = text(file).indexOf(row.get("text"));
            assertThat(at).as(row.get("text")).isNotNegative();
            int end = at + row.get("text").length();
            timexes(file).stream().filter(t -> t.begin() < end && at < t.end())
                    .forEach(t -> failures.add("'" + row.get("text") + "' tagged as " + t.type() + " " + t.value()));
        }
        System.out.printf("seed-traps.tsv: %d timex traps checked, %d tagged%n", checked, failures.size());
        assertThat(failures).isEmpty();
    }

    private static int nth(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                return -1;
            }
        }
        return at;
    }
}
