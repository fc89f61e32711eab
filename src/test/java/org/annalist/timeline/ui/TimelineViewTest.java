package org.annalist.timeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.annalist.database.EventRevision;
import org.annalist.documents.IngestService;
import org.annalist.events.StoredEvent;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.TestDatabase;
import org.annalist.timeline.Lanes;
import org.annalist.ui.RevisionWatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The timeline view's logic without a browser: filters, URL state, selection, details, export, import. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    IngestService ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void seeds() {
        database.empty();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** The view as a URL with these query parameters opens it. */
    private static TimelineView open(String query) {
        return UI.getCurrent().navigate(TimelineView.class, QueryParameters.fromString(query)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<StoredEvent> gridRows(TimelineView view) {
        Grid<StoredEvent> grid = view.grid;
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    @Autowired
    TimelineLoader loader;

    @Test
    void publicationsAreADensityStripUnlessOpenedAndLongEventsAreCoarse() {
        LocalDateTime from = LocalDateTime.of(2014, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(2022, 1, 1, 0, 0);
        TimelineData strip = loader.load(TimelineQuery.EMPTY, List.of(), from, to, key -> key, 0, false);
        List<TimelineData.Entry> density = strip.entries().stream().filter(e -> e.kind().equals("density")).toList();
        assertThat(density).isNotEmpty().allMatch(e -> e.label().isEmpty() && e.classes().matches("density density-[1-5]"));
        assertThat(strip.entries()).noneMatch(e -> e.kind().equals("publication"));

        TimelineData open = loader.load(TimelineQuery.EMPTY, List.of(), from, to, key -> key, 0, true);
        assertThat(open.entries()).noneMatch(e -> e.kind().equals("density"));
        assertThat(open.entries().stream().filter(e -> e.kind().equals("publication")).map(TimelineData.Entry::label))
                .contains("Mondialisation.ca");

        // The 2015 alliance is a year: coarse (a band under the day events); the 2020 strike's days are not.
        List<TimelineData.Entry> events = open.entries().stream().filter(e -> e.kind().equals("event")).toList();
        assertThat(events).anyMatch(TimelineData.Entry::coarse).anyMatch(e -> !e.coarse());
        assertThat(events).allMatch(e -> e.coarse() == e.classes().contains("coarse"));
        assertThat(events.stream().filter(TimelineData.Entry::coarse)).allMatch(e -> !e.point() && e.end() != null);
        assertThat(events.stream().filter(e -> e.classes().contains("granularity-day"))).noneMatch(TimelineData.Entry::coarse);
    }

    @Test
    void theDensityStepIsTheShareOfTheBusiestStretchInFifths() {
        assertThat(TimelineLoader.densityStep(1, 100)).isEqualTo(1);
        assertThat(TimelineLoader.densityStep(40, 100)).isEqualTo(2);
        assertThat(TimelineLoader.densityStep(41, 100)).isEqualTo(3);
        assertThat(TimelineLoader.densityStep(100, 100)).isEqualTo(5);
        assertThat(TimelineLoader.densityStep(3, 3)).isEqualTo(5);
    }

    @Test
    void inTheBulkModeAClickOnTheTimelineTicksTheEventAndASecondUnticksIt() {
        TimelineView view = navigate(TimelineView.class);
        List<StoredEvent> rows = gridRows(view);
        view.setBulk(true);
        ComponentUtil.fireEvent(view.timeline, new Timeline.SelectEvent(view.timeline, true, rows.get(0).id()));
        ComponentUtil.fireEvent(view.timeline, new Timeline.SelectEvent(view.timeline, true, rows.get(1).id()));
        assertThat(view.grid.tickedIds()).containsExactlyInAnyOrder(rows.get(0).id(), rows.get(1).id());
        assertThat(view.bulkMerge.getText()).contains("2");
        assertThat(view.bulkMerge.isEnabled()).isTrue();
        ComponentUtil.fireEvent(view.timeline, new Timeline.SelectEvent(view.timeline, true, rows.get(0).id()));
        assertThat(view.grid.tickedIds()).containsExactly(rows.get(1).id());
        assertThat(view.bulkMerge.isEnabled()).isFalse();
    }

    @Test
    void opensOnAllTheSeedEventsWithTheMoscowMeetingAndJanuary2020() {
        TimelineView view = navigate(TimelineView.class);
        List<StoredEvent> rows = gridRows(view);
        assertThat(rows).anyMatch(e -> e.start() != null && e.start().getYear() == 2015
                && e.actors().stream().anyMatch(a -> a.id().equals("vladimir-poutine")));
        assertThat(rows).filteredOn(e -> e.start() != null && e.start().toLocalDate().isAfter(LocalDate.of(2019, 12, 31))
                && e.start().toLocalDate().isBefore(LocalDate.of(2020, 2, 1))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(find(Span.class).id("counts").getText()).matches("\\d+ events in view · \\d+ undated · \\d+ in all.*");
    }

    @Test
    void theSeedsOpenOnJanuary2020WithTheirOtherPeriodsEachReadableInAPane() {
        TimelineView view = navigate(TimelineView.class);
        // The main timeline: January 2020 at the scale of days (a month or so), not 1988-2022.
        LocalDateTime[] main = view.visibleSpan();
        assertThat(java.time.Duration.between(main[0], main[1]).toDays()).isBetween(10L, 45L);
        assertThat(main[0]).isBefore(LocalDateTime.of(2020, 1, 3, 0, 0));
        assertThat(main[1]).isAfter(LocalDateTime.of(2020, 1, 11, 0, 0));
        // 2015 in a pane of its own, at the scale of its year; January 2021 in another.
        assertThat(view.periods.windows()).anySatisfy(w -> {
            assertThat(w[0]).isBefore(LocalDateTime.of(2015, 1, 2, 0, 0));
            assertThat(w[1]).isAfter(LocalDateTime.of(2015, 12, 1, 0, 0));
            assertThat(java.time.Duration.between(w[0], w[1]).toDays()).isLessThan(800);
        });
        assertThat(view.periods.count()).isBetween(1, 2);
        // One timeline again when the reader asks for it: the fit of every event.
        test(find(com.vaadin.flow.component.button.Button.class).id("periods-join")).click();
        assertThat(view.periods.count()).isZero();
        assertThat(view.visibleSpan()[0]).isBefore(LocalDateTime.of(2015, 1, 1, 0, 0));
    }

    @Test
    void severalEventsTickedOnTheGridAreMarkedWrongAtOnce() {
        TimelineView view = navigate(TimelineView.class);
        List<StoredEvent> rows = gridRows(view);
        test(view.bulk).click();
        assertThat(view.bulkHide.isVisible()).isTrue();
        assertThat(view.bulkHide.isEnabled()).isFalse();
        view.grid.select(rows.get(0));
        view.grid.select(rows.get(1));
        // Ticking is not opening: the details stay as they were.
        assertThat(view.query().event()).isNull();
        assertThat(view.bulkHide.getText()).isEqualTo("Mark 2 wrong");
        test(view.bulkHide).click();
        assertThat(view.grid.bulk()).isFalse();
        assertThat(view.bulkHide.isVisible()).isFalse();
        assertThat(gridRows(view)).extracting(StoredEvent::id).doesNotContain(rows.get(0).id(), rows.get(1).id())
                .hasSize(rows.size() - 2);
        // Back to one row at a time: a click opens the event.
        view.grid.select(gridRows(view).getFirst());
        assertThat(view.query().event()).isEqualTo(gridRows(view).getFirst().id());
    }

    @Test
    void theEmbeddedViewShowsWhatTheAddressSaysWithoutAnyControl() {
        TimelineView full = navigate(TimelineView.class);
        assertThat(ids(full)).contains("filter-actors", "import", "share", "embed-code", "bulk-select");
        full.filters.regionBox.setValue(Set.of("russie-cei"));
        StoredEvent moscow = gridRows(full).getFirst();

        EmbedView embed = UI.getCurrent().navigate(EmbedView.class,
                QueryParameters.fromString("region=russie-cei&event=" + moscow.id())).orElseThrow();
        TimelineView view = embed.timeline;
        assertThat(view.embedded()).isTrue();
        assertThat(view.query().regions()).containsExactly("russie-cei");
        assertThat(gridRows(view)).isNotEmpty().allMatch(e -> e.regions().contains("russie-cei"));
        assertThat(view.query().event()).isEqualTo(moscow.id());
        // Not hidden but absent: no filter, no import, no share, no bulk, no correction button reaches the browser.
        List<String> ids = ids(embed);
        assertThat(ids).contains("timeline", "counts", "events-grid")
                .doesNotContain("filter-actors", "import", "share", "embed-code", "bulk-select", "bulk-hide")
                .noneMatch(id -> id.startsWith("curate-"));
        // Selecting another event shows its details, still without correction buttons.
        view.grid.select(gridRows(view).getLast());
        assertThat(ids(embed)).noneMatch(id -> id.startsWith("curate-"));
    }

    /** The ids of a component and of everything inside it. */
    private static List<String> ids(com.vaadin.flow.component.Component root) {
        List<String> ids = new java.util.ArrayList<>();
        root.getId().ifPresent(ids::add);
        root.getChildren().forEach(child -> ids.addAll(ids(child)));
        return ids;
    }

    @Test
    void theFilterBarFoldsAwayAndSaysHowManyFiltersApply() {
        TimelineView view = open("region=russie-cei&sources=2");
        assertThat(view.filtersToggle.getText()).isEqualTo("Hide filters");
        test(view.filtersToggle).click();
        assertThat(view.filters.isVisible()).isFalse();
        assertThat(view.filtersToggle.getText()).isEqualTo("Filters (2)");
        // Folded, they still apply.
        assertThat(gridRows(view)).isNotEmpty().allMatch(e -> e.regions().contains("russie-cei") && e.corroboration() >= 2);
        test(view.filtersToggle).click();
        assertThat(view.filters.isVisible()).isTrue();
    }

    @Test
    void thresholdsOnConfidenceAndSourcesFilterAndGoInTheUrl() {
        TimelineView view = navigate(TimelineView.class);
        int all = gridRows(view).size();
        view.filters.sourcesSelect.setValue(2);
        List<StoredEvent> corroborated = gridRows(view);
        assertThat(corroborated).isNotEmpty().hasSizeLessThan(all).allMatch(e -> e.corroboration() >= 2);
        assertThat(view.query().toParameters().getQueryString()).contains("sources=2");
        assertThat(view.query().filtered()).isTrue();
        view.filters.sourcesSelect.setValue(0);
        view.filters.confidenceSelect.setValue(0.8);
        assertThat(gridRows(view)).isNotEmpty().allMatch(e -> e.confidence() >= 0.8);
        assertThat(view.query().toParameters().getQueryString()).contains("confidence=0.8").doesNotContain("sources");
        // A link carries them, even a threshold the select does not offer; nonsense is no threshold.
        TimelineView opened = open("confidence=0.75&sources=2");
        assertThat(opened.filters.confidenceSelect.getValue()).isEqualTo(0.75);
        assertThat(gridRows(opened)).isNotEmpty().allMatch(e -> e.confidence() >= 0.75 && e.corroboration() >= 2);
        assertThat(open("confidence=7&sources=-3").query().filtered()).isFalse();
    }

    @Test
    void anOpenTimelineShowsWhatAnotherProcessWroteAtItsNextPoll() throws InterruptedException {
        TimelineView view = navigate(TimelineView.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(RevisionWatch.POLL_MILLIS);
        String before = find(Span.class).id("counts").getText();
        int shown = gridRows(view).size();
        long hidden = gridRows(view).getFirst().id();
        // Another process: its own connection to the database and its own revision.
        jdbc.sql("UPDATE event SET hidden = TRUE WHERE id = ?").param(hidden).update();
        new EventRevision(dataSource).written(hidden);
        assertThat(find(Span.class).id("counts").getText()).isEqualTo(before);

        Thread.sleep(300);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(gridRows(view)).hasSize(shown - 1).noneMatch(e -> e.id() == hidden);
        assertThat(find(Span.class).id("counts").getText()).isNotEqualTo(before);
    }

    @Test
    void theEnglishInterfaceNamesActorsInEnglish() {
        TimelineView view = navigate(TimelineView.class);
        // "Vladimir Poutine" in the French text and in French; the English interface says Putin, in the filter and
        // in the details of the events he is an actor of.
        assertThat(view.filters.actorBox.getItemLabelGenerator().apply("vladimir-poutine")).startsWith("Vladimir Putin");
        StoredEvent withPutin = gridRows(view).stream()
                .filter(e -> e.actors().stream().anyMatch(a -> a.id().equals("vladimir-poutine"))).findFirst().orElseThrow();
        assertThat(withPutin.actors()).anyMatch(a -> a.name().equals("Vladimir Poutine") && a.name("en").equals("Vladimir Putin"));
        view.select(withPutin.id(), false);
        assertThat(view.details.getElement().getTextRecursively()).contains("Vladimir Putin").doesNotContain("Vladimir Poutine");
    }

    @Test
    void filteringByActorKeepsZarifsStatementAndPutsTheFilterInTheUrl() {
        TimelineView view = navigate(TimelineView.class);
        test(view.filters.actorBox).selectItem("Javad Zarif (2)");
        assertThat(view.query().actors()).containsExactly("javad-zarif");
        List<StoredEvent> rows = gridRows(view);
        assertThat(rows).isNotEmpty().allMatch(e -> e.actors().stream().anyMatch(a -> a.id().equals("javad-zarif")));
        assertThat(rows).anyMatch(e -> e.start().toLocalDate().equals(LocalDate.of(2020, 1, 7)));
        assertThat(view.query().toParameters().getQueryString()).contains("actor=javad-zarif");
        // One click clears every filter.
        test(view.filters.clear).click();
        assertThat(view.query().filtered()).isFalse();
        assertThat(gridRows(view).size()).isGreaterThan(rows.size());
    }

    @Test
    void filteringByRegionKeepsTheMoscowMeeting() {
        TimelineView view = navigate(TimelineView.class);
        view.filters.regionBox.setValue(Set.of("russie-cei"));
        List<StoredEvent> rows = gridRows(view);
        assertThat(rows).isNotEmpty().allMatch(e -> e.regions().contains("russie-cei"));
        assertThat(rows).anyMatch(e -> e.start().getYear() == 2015 && e.places().stream().anyMatch(p -> p.name().equals("Moscou")));
    }

    @Test
    void filteringByACountryKeepsTheEventsOfItsCitiesAndPutsThePlaceInTheUrl() {
        TimelineView view = navigate(TimelineView.class);
        assertThat(view.filters.placeBox.getGenericDataView().getItems().toList()).contains("state-ru");
        view.filters.placeBox.setValue(Set.of("state-ru"));
        List<StoredEvent> rows = gridRows(view);
        // Moscow's meeting is in Russia though its place is the city.
        assertThat(rows).isNotEmpty().anyMatch(e -> e.start().getYear() == 2015
                && e.places().stream().anyMatch(p -> p.id().startsWith("city-") && p.name().equals("Moscou")));
        assertThat(view.query().toParameters().getQueryString()).contains("place=state-ru");
        assertThat(open("place=state-ru").query().places()).containsExactly("state-ru");
    }

    @Test
    void filtersCombineAndTextSearchFindsPassages() {
        TimelineView view = navigate(TimelineView.class);
        view.filters.textField.setValue("télévision");
        assertThat(gridRows(view)).isNotEmpty().allMatch(e -> (e.title() + e.sources()).toLowerCase(Locale.ROOT).contains("télévision"));
        view.filters.fromPicker.setValue(LocalDate.of(1990, 1, 1));
        view.filters.toPicker.setValue(LocalDate.of(2000, 12, 31));
        assertThat(gridRows(view)).isEmpty();
        assertThat(view.query().toParameters().getQueryString()).contains("q=t%C3%A9l%C3%A9vision", "from=1990-01-01",
                "to=2000-12-31");
    }

    @Test
    void enterInTheSearchFieldSearchesWithoutWaitingForTheTypingPause() {
        TimelineView view = navigate(TimelineView.class);
        int all = gridRows(view).size();
        // What the browser sends on Enter: the field's value as typed (the lazy value may not have arrived yet).
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("event.key === 'Enter'", true).put("element.value", "télévision");
        view.filters.textField.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(view.filters.textField.getElement(), "keydown", data));
        assertThat(view.query().text()).isEqualTo("télévision");
        assertThat(gridRows(view)).isNotEmpty().hasSizeLessThan(all);
    }

    @Test
    void theUrlRestoresFiltersLanesViewAndSelection() {
        long moscow = jdbc.sql("""
                SELECT e.id FROM event e JOIN event_place p ON p.event_id = e.id JOIN entity n ON n.id = p.entity_id
                WHERE n.name = 'Moscou' AND EXTRACT(YEAR FROM e.interval_start) = 2015""").query(Long.class).list().getFirst();
        TimelineView view = open("region=russie-cei&lanes=actor&event=" + moscow
                + "&view=2014-01-01T00:00_2017-01-01T00:00");
        assertThat(view.query().regions()).containsExactly("russie-cei");
        assertThat(view.query().lanes()).isEqualTo(Lanes.ACTOR);
        assertThat(view.filters.regionBox.getValue()).containsExactly("russie-cei");
        assertThat(view.filters.laneSelect.getValue()).isEqualTo(Lanes.ACTOR);
        assertThat(view.details.getElement().getAttribute("data-event")).isEqualTo(String.valueOf(moscow));
        assertThat(view.details.getElement().getTextRecursively()).contains("Moscou", "Vladimir Putin");
        assertThat(gridRows(view)).allMatch(e -> e.start().getYear() >= 2014 && e.start().getYear() < 2017);
        // Garbage in the URL is ignored, not an error.
        TimelineView lenient = open("from=yesterday&event=x&lanes=%3F");
        assertThat(lenient.query().from()).isNull();
        assertThat(lenient.query().event()).isNull();
        assertThat(lenient.query().lanes()).isEqualTo(Lanes.NONE);
    }

    @Test
    void selectingInTheGridShowsTheDetailsWithMarkedPassages() {
        TimelineView view = navigate(TimelineView.class);
        StoredEvent zarif = gridRows(view).stream()
                .filter(e -> e.actors().stream().anyMatch(a -> a.id().equals("javad-zarif"))).findFirst().orElseThrow();
        view.grid.select(zarif);
        assertThat(view.query().event()).isEqualTo(zarif.id());
        String details = view.details.getElement().getTextRecursively();
        assertThat(details).contains(zarif.title(), "Javad Zarif", "Sources");
        // In a passage, the event's own date expression and the entity mentions are marked.
        StoredEvent moscow = gridRows(view).stream().filter(e -> e.places().stream().anyMatch(p -> p.name().equals("Moscou")))
                .findFirst().orElseThrow();
        view.grid.select(moscow);
        List<Span> marks = view.details.getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                .filter(c -> c instanceof Span s && s.hasClassName("mark")).map(Span.class::cast).toList();
        assertThat(marks).filteredOn(m -> m.hasClassName("mark-event-date")).extracting(Span::getText)
                .containsExactly(moscow.dateText());
        assertThat(marks).anyMatch(m -> m.hasClassName("mark-entity-person") && m.getText().contains("Poutine"));
        // The link opens the document at the passage.
        Anchor open = view.details.getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).findFirst().orElseThrow();
        assertThat(open.getHref()).startsWith("document/").contains("from=", "to=");
    }

    @Test
    void theTimelineGetsOnlyTheWindowAndClustersWhenDense() {
        TimelineView view = navigate(TimelineView.class);
        view.onWindow(LocalDateTime.of(2020, 1, 1, 0, 0), LocalDateTime.of(2020, 1, 15, 0, 0));
        assertThat(gridRows(view)).isNotEmpty().allMatch(e -> e.start().isBefore(LocalDateTime.of(2020, 1, 15, 0, 0))
                && e.end().isAfter(LocalDateTime.of(2020, 1, 1, 0, 0)));
        assertThat(view.query().toParameters().getParameters().get("view")).containsExactly("2020-01-01T00:00_2020-01-15T00:00");
        assertThat(view.getElement().getAttribute("data-clustered")).isEqualTo("false");
    }

    @Test
    void exportDownloadsWhatIsShownAsCsv() throws Exception {
        TimelineView view = navigate(TimelineView.class);
        test(view.filters.actorBox).selectItem("Javad Zarif (2)");
        List<StoredEvent> shown = gridRows(view);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test(find(Anchor.class).id("export-csv")).download(csv);
        List<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(csv.toString(StandardCharsets.UTF_8))
                .readAll();
        assertThat(rows).extracting(r -> r.get("id")).containsExactlyElementsOf(shown.stream()
                .map(e -> String.valueOf(e.id())).toList());
        assertThat(rows.getFirst().get("actors")).contains("Javad Zarif");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        test(find(Anchor.class).id("export-json")).download(json);
        assertThat(json.toString(StandardCharsets.UTF_8)).startsWith("{").contains("\"events\"", "Javad Zarif");
        ByteArrayOutputStream timelineJs = new ByteArrayOutputStream();
        test(find(Anchor.class).id("export-timelinejs")).download(timelineJs);
        assertThat(timelineJs.toString(StandardCharsets.UTF_8)).contains("\"start_date\"", "\"headline\"", "\"unique_id\" : \"event-");
    }

    @Test
    void theKeyEventsModeShowsTheMostSalientAndTheKeyDates() {
        TimelineView view = navigate(TimelineView.class);
        view.fit();
        long all = gridRows(view).size();
        view.keyMode.setValue(true);
        view.keyCount.setValue("3");
        List<StoredEvent> key = gridRows(view);
        assertThat(key).hasSize(3).extracting(StoredEvent::salience).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(all).isGreaterThan(3);
        assertThat(view.keyDates.isVisible()).isTrue();
        assertThat(view.keyDates.getElement().getTextRecursively()).isNotBlank();
        view.keyMode.setValue(false);
        assertThat(gridRows(view)).hasSize((int) all);
    }

    @Test
    void aLinkOpensTheKeyEventsMode() {
        TimelineView view = open("key=4");
        assertThat(view.keyMode.getValue()).isTrue();
        assertThat(view.keyEvents()).isEqualTo(4);
        assertThat(gridRows(view)).hasSizeLessThanOrEqualTo(4).isNotEmpty();
        assertThat(open("key=999").keyEvents()).isEqualTo(100);
        assertThat(open("").keyMode.getValue()).isFalse();
    }

    @Test
    void shareSaysTheLinkOpensThisView() {
        TimelineView view = navigate(TimelineView.class);
        test(view.share).click();
        assertThat(test(find(com.vaadin.flow.component.notification.Notification.class).single()).getText())
                .contains("Link copied");
    }

    @Test
    void importFromTheUiStoresRejectsAndRecognisesDocuments() {
        TimelineView view = navigate(TimelineView.class);
        test(find(com.vaadin.flow.component.button.Button.class).id("import")).click();
        Upload upload = find(Upload.class).id("upload");
        String article = "Un sommet à Genève\n\nLe Monde, 3 mars 2021\n\nLe 2 mars 2021, Joe Biden a rencontré Vladimir Poutine à Genève.\n";
        test(upload).upload("geneve.txt", "text/plain", article.getBytes(StandardCharsets.UTF_8));
        test(upload).upload("geneve-again.txt", "text/plain", article.getBytes(StandardCharsets.UTF_8));
        test(upload).upload("empty.txt", "text/plain", new byte[0]);
        // Over the server's limit (64 KB in tests): refused with the reason, read no further than the limit.
        test(upload).upload("huge.txt", "text/plain", new byte[64 * 1024 + 1]);
        String results = find(com.vaadin.flow.component.html.UnorderedList.class).id("import-results").getElement()
                .getTextRecursively();
        assertThat(results).contains("geneve.txt: stored", "geneve-again.txt: unchanged", "empty.txt: rejected",
                "huge.txt: rejected — too large");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isEqualTo(3);
        view.fit();
        assertThat(gridRows(view)).anyMatch(e -> e.start() != null && e.start().toLocalDate().equals(LocalDate.of(2021, 3, 2)));
    }

    @Test
    void untrustedTextInPassagesIsShownAsText() {
        var stored = ingest.ingest("xss.txt", ("Titre\n\nLe Monde, 3 mars 2021\n\n"
                + "Le 2 mars 2021, <script>alert('x')</script> Joe Biden a signé <img src=x onerror=alert(1)> le texte.\n")
                .getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
        long id = jdbc.sql("SELECT event_id FROM event_source WHERE document_id = ?").param(stored.documentId())
                .query(Long.class).list().getFirst();
        TimelineView view = open("event=" + id);
        var passage = view.details.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> c.hasClassName("passage")).findFirst().orElseThrow();
        assertThat(passage.getElement().getTextRecursively()).contains("<script>alert('x')</script>", "<img src=x onerror=alert(1)>");
        // Only text nodes and marks: nothing is parsed as HTML.
        passage.getElement().getChildren().forEach(child ->
                assertThat(child.isTextNode() || "span".equals(child.getTag())).isTrue());
    }

    @Test
    void curationFromTheDetailsPanelEditsHidesMergesAndKeepsHistory() {
        TimelineView view = navigate(TimelineView.class);
        StoredEvent moscow = gridRows(view).stream().filter(e -> e.places().stream().anyMatch(p -> p.name().equals("Moscou")))
                .findFirst().orElseThrow();
        view.grid.select(moscow);

        // Edit: title and date precision, in the name of the signed-in account (no name to type).
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-edit")).click();
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withId("editor-name").exists()).isFalse();
        find(com.vaadin.flow.component.textfield.TextField.class).id("edit-title").setValue("Soleimani rencontre Poutine à Moscou");
        find(com.vaadin.flow.component.datepicker.DatePicker.class).id("edit-date").setValue(LocalDate.of(2015, 7, 24));
        find(com.vaadin.flow.component.select.Select.class).id("edit-precision")
                .setValue(org.annalist.temporal.Granularity.MONTH);
        // Whether it happened, and each actor's part: one select per actor.
        find(com.vaadin.flow.component.select.Select.class).id("edit-polarity")
                .setValue(org.annalist.event.Polarity.HYPOTHETICAL);
        com.vaadin.flow.component.select.Select<?> firstRole = (com.vaadin.flow.component.select.Select<?>)
                find(com.vaadin.flow.component.html.Div.class).id("edit-roles").getChildren().findFirst().orElseThrow();
        String roleOf = firstRole.getElement().getAttribute("data-actor");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.annalist.event.Role> role =
                (com.vaadin.flow.component.select.Select<org.annalist.event.Role>) firstRole;
        role.setValue(org.annalist.event.Role.PATIENT);
        test(find(com.vaadin.flow.component.button.Button.class).id("edit-save")).click();
        StoredEvent afterDialog = eventRepository.event(moscow.id()).orElseThrow();
        assertThat(afterDialog.polarity()).isEqualTo(org.annalist.event.Polarity.HYPOTHETICAL);
        assertThat(afterDialog.actors()).anyMatch(a -> a.id().equals(roleOf) && "PATIENT".equals(a.role()));
        StoredEvent edited = gridRows(view).stream().filter(e -> e.id() == moscow.id()).findFirst().orElseThrow();
        assertThat(edited.title()).isEqualTo("Soleimani rencontre Poutine à Moscou");
        assertThat(edited.origin()).hasToString("EDITED");
        assertThat(edited.timexValue()).isEqualTo("2015-07");
        assertThat(edited.start()).isEqualTo(LocalDateTime.of(2015, 7, 1, 0, 0));
        assertThat(view.details.getElement().getTextRecursively()).contains("Soleimani rencontre Poutine à Moscou",
                "corrected by a person");

        // History: who changed what.
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-history")).click();
        @SuppressWarnings("unchecked")
        Grid<org.annalist.curation.Edit> history = find(Grid.class).id("history");
        // Title, date, actors (a role) and polarity.
        assertThat(test(history).size()).isEqualTo(4);
        assertThat(java.util.stream.IntStream.range(0, 4).mapToObj(i -> test(history).getRow(i).field()))
                .containsExactlyInAnyOrder("title", "date", "actors", "polarity");
        assertThat(test(history).getRow(0).editor()).isEqualTo("tester");

        // Merge another event into it: one event, two sources.
        StoredEvent other = gridRows(view).stream().filter(e -> e.id() != moscow.id() && e.start().getYear() == 2015)
                .findFirst().orElseThrow();
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-merge")).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<StoredEvent> pick = find(com.vaadin.flow.component.combobox.ComboBox.class)
                .id("merge-other");
        pick.setValue(other);
        test(find(com.vaadin.flow.component.button.Button.class).id("merge-confirm")).click();
        assertThat(gridRows(view)).noneMatch(e -> e.id() == other.id());
        assertThat(gridRows(view).stream().filter(e -> e.id() == moscow.id()).findFirst().orElseThrow().sources()).hasSize(2);

        // Split it back.
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-split")).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).id("split-dialog").isOpened()).isTrue();

        // Mark wrong: hidden from the timeline and grid, listed apart, and can be shown again.
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-hide")).click();
        assertThat(gridRows(view)).noneMatch(e -> e.id() == moscow.id());
        assertThat(view.lists.hidden.getElement().getTextRecursively()).contains("Soleimani rencontre Poutine à Moscou");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event WHERE id = ?").param(moscow.id()).query(Long.class).single())
                .isEqualTo(1);
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-hide")).click();
        assertThat(gridRows(view)).anyMatch(e -> e.id() == moscow.id());
    }

    @Autowired
    org.annalist.curation.EventCuration curation;

    @Autowired
    org.annalist.events.EventRepository eventRepository;

    private Map<String, Object> dateColumns(long id) {
        return jdbc.sql("""
                        SELECT interval_start, interval_end, granularity, timex_value, timex_mod, date_text, date_how
                        FROM event WHERE id = ?""").param(id).query().singleRow();
    }

    private void editTitleInTheDialog(long id, String title) {
        open("event=" + id);
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-edit")).click();
        find(com.vaadin.flow.component.textfield.TextField.class).id("edit-title").setValue(title);
    }

    @Test
    void theEditDialogWritesOnlyWhatThePersonChangedAndNeverOverwritesAnotherSession() {
        var crisis = ingest.ingest("crisis.txt", ("Crise\n\nLe Monde, 10 janvier 2020\n\n"
                + "À la mi-2013, Barack Obama a rencontré Vladimir Poutine à Moscou. "
                + "Le 8 janvier 2020 à 14 h 30, Emmanuel Macron a reçu Hassan Rohani à Paris. "
                + "Le 9 janvier 2020 au matin, Emmanuel Macron a appelé Vladimir Poutine. "
                + "La deuxième année, Donald Trump a quitté l'accord avec l'Iran.\n").getBytes(StandardCharsets.UTF_8),
                IngestOptions.NONE);
        List<Long> ids = jdbc.sql("SELECT event_id FROM event_source WHERE document_id = ? ORDER BY passage_begin")
                .param(crisis.documentId()).query(Long.class).list();
        assertThat(ids).hasSize(4);
        for (long id : ids) {
            Map<String, Object> before = dateColumns(id);
            editTitleInTheDialog(id, "Titre corrigé " + id);
            test(find(com.vaadin.flow.component.button.Button.class).id("edit-save")).click();
            // Mid-2013 stays April–September MID, the minute and the morning stay, the undated words stay.
            assertThat(dateColumns(id)).isEqualTo(before);
            assertThat(curation.history(id)).extracting(org.annalist.curation.Edit::field).containsExactly("title");
        }

        // B opens the dialog, A saves a new title meanwhile, B saves a change of places: A's title stays.
        long id = ids.getFirst();
        editTitleInTheDialog(id, "Titre corrigé " + id);
        curation.editTitle(id, "Titre d'Alice", "Alice");
        find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("edit-places").setValue(Set.of("city-2988507"));
        test(find(com.vaadin.flow.component.button.Button.class).id("edit-save")).click();
        assertThat(jdbc.sql("SELECT title FROM event WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Titre d'Alice");
        assertThat(jdbc.sql("SELECT entity_id FROM event_place WHERE event_id = ?").param(id).query(String.class).list())
                .containsExactly("city-2988507");

        // B opens it again, A changes the title again, B changes the title: refused and shown, not overwritten.
        editTitleInTheDialog(id, "Titre de Bob");
        curation.editTitle(id, "Titre d'Alice, deuxième", "Alice");
        curation.setPlaces(id, List.of("state-ir"), "Alice");
        test(find(com.vaadin.flow.component.button.Button.class).id("edit-save")).click();
        assertThat(jdbc.sql("SELECT title FROM event WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Titre d'Alice, deuxième");
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class).id("edit-dialog").isOpened()).isTrue();
        // Having seen it, B saves again: B's title is written, on purpose; A's places, which B did not touch, stay.
        test(find(com.vaadin.flow.component.button.Button.class).id("edit-save")).click();
        assertThat(jdbc.sql("SELECT title FROM event WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Titre de Bob");
        assertThat(jdbc.sql("SELECT entity_id FROM event_place WHERE event_id = ?").param(id).query(String.class).list())
                .containsExactly("state-ir");

        // The history reverts from the UI.
        open("event=" + id);
        test(find(com.vaadin.flow.component.button.Button.class).id("curate-history")).click();
        @SuppressWarnings("unchecked")
        Grid<org.annalist.curation.Edit> history = find(Grid.class).id("history");
        var revert = (com.vaadin.flow.component.button.Button) test(history).getCellComponent(0, 5);
        assertThat(revert.getId()).contains("revert-" + curation.history(id).getFirst().id());
        test(revert).click();
        assertThat(jdbc.sql("SELECT title FROM event WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Titre d'Alice, deuxième");
    }
}
