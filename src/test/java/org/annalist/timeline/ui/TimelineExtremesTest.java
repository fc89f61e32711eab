package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.annalist.documents.IngestService;
import org.annalist.lang.Folding;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Whatever the database holds and whatever the URL says, the timeline gets dates JavaScript can parse. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class TimelineExtremesTest extends SpringBrowserlessTest {

    /** What JavaScript's Date.parse reads: a four-digit year. */
    private static final String JS_DATE = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}";

    @Autowired
    IngestService ingest;
    @Autowired
    TestDatabase database;
    @Autowired
    TimelineLoader loader;

    @BeforeEach
    void seedsAndExtremeRows() {
        database.empty();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        UI.getCurrent().setLocale(Locale.ENGLISH);
        insertExtremes(database);
    }

    /** Rows no version of Annalist writes now, as an older one, a hand edit or another tool could. */
    static void insertExtremes(TestDatabase database) {
        for (String[] row : new String[][] {{"+10009-01-01T00:00", "+10010-01-01T00:00", "YEAR"},
                {"0000-06-01T00:00", "0000-06-02T00:00", "DAY"}, {"-0005-01-01T00:00", "-0004-01-01T00:00", "YEAR"},
                {"9999-12-31T00:00", "+10000-01-01T00:00", "DAY"}}) {
            database.update("""
                            INSERT INTO event (title, search_title, interval_start, interval_end, granularity, timex_value,
                                date_how, polarity, confidence, origin, created_at, updated_at)
                            VALUES (?, ?, ?, ?, ?, 'X', 'EXPLICIT', 'AFFIRMED', 0.9, 'EXTRACTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""",
                    "Extrême " + row[0], Folding.searchWords("Extrême " + row[0]), LocalDateTime.parse(row[0]), LocalDateTime.parse(row[1]), row[2]);
        }
    }

    @Test
    void extremeRowsAreSentAsDatesJavaScriptParses() {
        TimelineView view = navigate(TimelineView.class);
        view.fit();
        for (LocalDateTime[] window : List.of(
                new LocalDateTime[] {LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 0, 0)},
                new LocalDateTime[] {LocalDateTime.of(-100, 1, 1, 0, 0), LocalDateTime.of(20000, 1, 1, 0, 0)},
                new LocalDateTime[] {LocalDateTime.of(9990, 1, 1, 0, 0), LocalDateTime.of(9999, 12, 31, 0, 0)})) {
            TimelineData data = loader.load(TimelineQuery.EMPTY, List.of(), window[0], window[1], key -> key);
            assertThat(data.entries()).isNotEmpty();
            for (TimelineData.Entry entry : data.entries()) {
                assertThat(entry.start()).as(entry.label()).matches(JS_DATE);
                if (entry.end() != null) {
                    assertThat(entry.end()).as(entry.label()).matches(JS_DATE);
                }
            }
        }
    }

    @Test
    void aViewOrDatesTheAxisCannotShowAreIgnoredNotAnError() {
        for (String query : List.of("view=+999999999-12-31T00:00_+999999999-12-31T23:59",
                "view=0001-01-01_99999999999999999999", "view=-5000-01-01T00:00_2020-01-01T00:00",
                "view=2020-01-02_2020-01-01", "from=+999999999-01-01&to=-999999999-01-01",
                "view=9999999999999999999999999999_1")) {
            TimelineQuery parsed = TimelineQuery.fromParameters(QueryParameters.fromString(query));
            assertThat(parsed.viewStart()).as(query).isNull();
            assertThat(parsed.viewEnd()).as(query).isNull();
            // The view opens (fitted), without an exception shown to the user.
            TimelineView view = UI.getCurrent().navigate(TimelineView.class, QueryParameters.fromString(query)).orElseThrow();
            assertThat(view.getElement().getTextRecursively()).doesNotContain("Exception", "DateTime");
        }
    }
}
