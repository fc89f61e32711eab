package org.annalist.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.database.EventRevision;
import org.annalist.documents.DocumentRepository;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.Region;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.annalist.timeline.Facet;
import org.annalist.timeline.Sort;
import org.annalist.timeline.TimelineService;
import org.annalist.ui.MainLayout;
import org.annalist.ui.RevisionWatch;

/**
 * The main view: the filters, the timeline of the visible span, the grid of the same events, the selected event's
 * details and the undated events. The filters, the lanes, the selection and the visible span are kept in the URL.
 */
@Menu(title = "nav.timeline", order = 1)
@Route(value = "", layout = MainLayout.class)
@RolesAllowed("READER")
@RouteAlias(value = "timeline", layout = MainLayout.class)
public class TimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int UNDATED_SHOWN = 200;
    static final int EXPORT_MAX = 100_000;

    private final TimelineLoader loader;
    private final TimelineService repository;
    private final EventRepository events;
    private final DocumentRepository documents;
    private final EventActions actions;
    private final RevisionWatch written;
    private final EntityDictionary dictionary = EntityDictionary.standard();

    private TimelineQuery query = TimelineQuery.EMPTY;
    private List<Facet> lanes = List.of();
    private LocalDateTime visibleStart;
    private LocalDateTime visibleEnd;
    /** The window is the fit of the events (not moved by the user): after a write it fits the events again. */
    private boolean windowFitted;

    final Timeline timeline = new Timeline();
    /** The filtered events' other periods (2015 beside January 2020), each in a small timeline of its own. */
    final PeriodPanes periods;
    /** Whether the fit splits the events into periods (the reader may ask for one timeline instead). */
    private boolean periodsShown = true;
    final EventGrid grid;
    final EventDetails details = new EventDetails();
    final FilterBar filters;
    final Span counts = new Span();
    /** Folds the filter bar away (the timeline gains its height) and says how many filters apply while it is folded. */
    final com.vaadin.flow.component.button.Button filtersToggle = new com.vaadin.flow.component.button.Button();
    /** The row of counts and actions under the filters. */
    private final HorizontalLayout toolbarRow;
    /** Shown in a frame of another site ({@link EmbedView}): the chronology and its details, no control to change them. */
    private boolean embedded;
    final com.vaadin.flow.component.button.Button embedCode = new com.vaadin.flow.component.button.Button();
    /** The bulk mode: several events ticked on the grid, then marked wrong at once (editors only). */
    final com.vaadin.flow.component.button.Button bulk = new com.vaadin.flow.component.button.Button();
    final com.vaadin.flow.component.button.Button bulkHide = new com.vaadin.flow.component.button.Button();
    final com.vaadin.flow.component.button.Button bulkMerge = new com.vaadin.flow.component.button.Button();
    final com.vaadin.flow.component.button.Button bulkSet = new com.vaadin.flow.component.button.Button();
    final SideLists lists = new SideLists();
    /** The key-events mode: only the most salient events of the span, how many the range says. */
    final Checkbox keyMode = new Checkbox();
    final Input keyCount = new Input();
    final Span keyCountLabel = new Span();
    final com.vaadin.flow.component.button.Button share = new com.vaadin.flow.component.button.Button();
    final Div keyDates = new Div();
    /** The filtered events' places on a map (whole filtered set, not the visible span); folded away on demand. */
    final PlaceMap map = new PlaceMap();
    final com.vaadin.flow.component.details.Details mapPanel = new com.vaadin.flow.component.details.Details();
    private long gridCount;
    /** The filtered undated events, counted when the filters change (a pan does not change them). */
    private long undatedCount;
    /** All the filtered events, dated or not, whatever the visible span (counted when the filters change). */
    private long filteredCount;
    /** Publications drawn one by one, as the reader asked; by default a density strip. */
    private boolean publicationsOpen;
    /** Dated events the fitted window leaves out (outliers), told beside the counts while the window is fitted. */
    private long outsideFit;
    static final int DEFAULT_KEY_EVENTS = 20;
    /** The URL parameter of the key-events mode: how many. */
    static final String KEY_PARAMETER = "key";
    static final int KEY_DATES = 10;
    /** The places the map draws at most (the busiest). */
    static final int MAP_PLACES = 1000;

    public TimelineView(TimelineLoader loader, TimelineService repository, EventRepository events,
                        DocumentRepository documents, EventActions actions, EventRevision revision) {
        this.loader = loader;
        this.repository = repository;
        this.events = events;
        this.documents = documents;
        this.actions = actions;
        this.written = new RevisionWatch(this, revision, this::refreshAfterWrite);
        filters = new FilterBar(() -> query, this::update,
                new FilterChoices(() -> repository.actorFacets(query.filter(), 500, language()),
                        keys -> repository.entityNames(keys, language()), events::entitiesCalled),
                new FilterChoices(() -> repository.placeFacets(query.filter(), 500, language()),
                        keys -> repository.entityNames(keys, language()), events::entitiesCalled),
                new FilterChoices(() -> repository.regionFacets(query.filter()).stream()
                        .map(f -> new Facet(f.key(), regionLabel(f.key()), f.count())).toList(),
                        keys -> keys.stream().collect(Collectors.toMap(k -> k, this::regionLabel))),
                new FilterChoices(() -> repository.documentFacets(query.filter(), 500), repository::documentTitles));
        grid = new EventGrid((sort, offset, limit) -> keyEvents() > 0 ? keyPage(offset, limit)
                : repository.page(gridFilter(), sort, offset, limit),
                event -> select(event.id(), true));
        setId("main-content");
        addClassName("timeline-view");
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        toolbarRow = toolbar();
        add(filters, toolbarRow);

        timeline.setId("timeline");
        timeline.addClassName("timeline");
        timeline.addWindowChangeListener(e -> onWindow(e.start(), e.end()));
        // In the bulk mode a click on the timeline ticks (or unticks) the event, as on the grid.
        timeline.addSelectListener(e -> {
            if (grid.bulk()) {
                events.event(e.eventId()).ifPresent(grid::toggleTick);
            } else {
                select(e.eventId(), false);
            }
        });
        timeline.addFitListener(e -> fit());
        timeline.addPublicationsToggleListener(e -> {
            publicationsOpen = e.open();
            drawWindow();
        });

        details.clear("");

        periods = new PeriodPanes((start, end) -> loader.load(query, lanes, start, end, this::t, keyEvents(),
                publicationsOpen), id -> select(id, false), this::showPeriodInMain, () -> {
                    periodsShown = false;
                    fit();
                });
        Div main = new Div(timeline, periods, grid);
        main.addClassName("timeline-main");
        keyDates.setId("key-dates");
        keyDates.addClassName("key-dates");
        keyDates.setVisible(false);
        map.setId("map");
        map.addPlaceChosenListener(e -> togglePlace(e.placeId()));
        mapPanel.setId("map-panel");
        mapPanel.addClassName("map-panel");
        mapPanel.add(map);
        mapPanel.setOpened(true);
        mapPanel.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refreshMap();
            }
        });
        Div side = new Div(keyDates, mapPanel, details, lists);
        side.addClassName("timeline-side");
        Div body = new Div(main, side);
        body.addClassName("timeline-body");
        add(body);
        setFlexGrow(1, body);

    }

    private String t(String key) {
        return getTranslation(key);
    }

    /** The interface's language: actor names are shown in it when they have one there. */
    private String language() {
        return getLocale().getLanguage();
    }

    private String regionLabel(String id) {
        Region region = dictionary.regions().get(id);
        return region == null ? id : region.label(getLocale().getLanguage());
    }

    private HorizontalLayout toolbar() {
        counts.setId("counts");
        counts.addClassName("counts");
        keyMode.setId("key-mode");
        keyMode.addValueChangeListener(e -> {
            keyCount.setVisible(e.getValue());
            keyCountLabel.setVisible(e.getValue());
            keyDates.setVisible(e.getValue());
            if (visibleStart != null) {
                drawWindow();
                replaceUrl();
            }
        });
        keyCount.setId("key-count");
        keyCount.setType("range");
        keyCount.getElement().setAttribute("min", "3").setAttribute("max", "100").setAttribute("step", "1");
        keyCount.setValue(String.valueOf(DEFAULT_KEY_EVENTS));
        keyCount.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        keyCount.addValueChangeListener(e -> {
            keyCountLabel.setText(e.getValue());
            if (visibleStart != null) {
                drawWindow();
                replaceUrl();
            }
        });
        keyCountLabel.setId("key-count-label");
        keyCountLabel.setText(String.valueOf(DEFAULT_KEY_EVENTS));
        keyCountLabel.setVisible(false);
        keyCount.setVisible(false);
        share.setId("share");
        share.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        share.addClickListener(e -> {
            // The address already says everything the view shows: the link is the address.
            getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText(window.location.href) : null");
            com.vaadin.flow.component.notification.Notification.show(t("timeline.shared"), 4000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        });
        filtersToggle.setId("filters-toggle");
        filtersToggle.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        filtersToggle.addClickListener(e -> {
            filters.setVisible(!filters.isVisible());
            filtersToggleText();
        });
        bulk.setId("bulk-select");
        bulk.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        bulk.setVisible(org.annalist.security.CurrentUser.has(org.annalist.security.UserRole.EDITOR));
        bulk.addClickListener(e -> setBulk(!grid.bulk()));
        bulkHide.setId("bulk-hide");
        bulkHide.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        bulkHide.setVisible(false);
        bulkHide.addClickListener(e -> hideTicked());
        bulkMerge.setId("bulk-merge");
        bulkMerge.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        bulkMerge.setVisible(false);
        bulkMerge.addClickListener(e -> {
            List<Long> ids = grid.tickedIds();
            actions.mergeAll(ids, kept -> {
                setBulk(false);
                afterEdit(kept);
            });
        });
        bulkSet.setId("bulk-set");
        bulkSet.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        bulkSet.setVisible(false);
        bulkSet.addClickListener(e -> actions.setOnAll(grid.tickedIds(), changed -> {
            setBulk(false);
            afterEdit(query.event());
        }));
        embedCode.setId("embed-code");
        embedCode.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        embedCode.addClickListener(e -> showEmbedCode());
        HorizontalLayout bar = new HorizontalLayout(filtersToggle, counts, keyMode, keyCount, keyCountLabel, bulk, bulkHide, bulkMerge, bulkSet, share, embedCode,
                actions.addEventButton(this::afterEdit), actions.importButton(this::afterImport),
                actions.exportLink("csv", this::exported), actions.exportLink("json", this::exported),
                actions.exportLink("timelinejs", this::exported));
        bar.addClassName("timeline-toolbar-row");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(counts);
        return bar;
    }

    /**
     * The view as another site frames it: the filter bar, the actions, the lists of undated and marked-wrong events and
     * the correction buttons are taken out (not hidden: nothing of them reaches the browser); what the address says
     * (filters, span, key events, selection) is what it shows.
     */
    void embed() {
        embedded = true;
        remove(filters);
        toolbarRow.removeAll();
        toolbarRow.add(counts);
        lists.getParent().ifPresent(side -> ((Div) side).remove(lists));
        details.linkEntities(false);
        addClassName("embedded");
    }

    boolean embedded() {
        return embedded;
    }

    /** The HTML a newsroom pastes into its page: a frame of this view's address under /embed. */
    private void showEmbedCode() {
        String path = location().getPathWithQueryParameters();
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        getElement().executeJs("return window.location.origin").then(String.class, origin -> {
            String code = "<iframe src=\"" + origin + "/embed" + query.replace("\"", "%22")
                    + "\" width=\"100%\" height=\"640\" style=\"border:0\" title=\"Annalist\"></iframe>";
            com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
            dialog.setId("embed-dialog");
            dialog.setHeaderTitle(t("timeline.embed"));
            com.vaadin.flow.component.textfield.TextArea snippet = new com.vaadin.flow.component.textfield.TextArea();
            snippet.setId("embed-snippet");
            snippet.setReadOnly(true);
            snippet.setWidth("36rem");
            snippet.setValue(code);
            dialog.add(snippet, new com.vaadin.flow.component.html.Paragraph(t("timeline.embed.help")));
            dialog.getFooter().add(new com.vaadin.flow.component.button.Button(t("dialog.close"), c -> dialog.close()));
            dialog.open();
        });
    }

    /** Into the bulk mode (the grid's rows get tick boxes) or out of it. */
    void setBulk(boolean on) {
        grid.setBulk(on ? this::ticked : null);
        bulk.setText(t(on ? "timeline.bulk.done" : "timeline.bulk"));
        bulkHide.setVisible(on);
        bulkMerge.setVisible(on);
        bulkSet.setVisible(on);
        ticked(0);
    }

    private void ticked(int n) {
        bulkHide.setText(t("timeline.bulk.hide").replace("{0}", String.valueOf(n)));
        bulkHide.setEnabled(n > 0);
        bulkMerge.setText(t("timeline.bulk.merge").replace("{0}", String.valueOf(n)));
        bulkMerge.setEnabled(n > 1);
        bulkSet.setText(t("timeline.bulk.set"));
        bulkSet.setEnabled(n > 0);
        // The timeline marks the ticked events too.
        timeline.setSelectedEvents(grid.tickedIds());
    }

    /** The ticked events marked wrong, each in the history; the view drawn again without them. */
    private void hideTicked() {
        List<Long> ids = grid.tickedIds();
        try {
            int hidden = actions.hideAll(ids);
            com.vaadin.flow.component.notification.Notification.show(t("timeline.bulk.hidden")
                    .replace("{0}", String.valueOf(hidden)), 4000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException refused) {
            com.vaadin.flow.component.notification.Notification.show(refused.getMessage(), 6000,
                    com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
        }
        setBulk(false);
        afterEdit(ids.contains(query.event()) ? null : query.event());
    }

    /** "Hide filters", or "Filters (n)" while they are folded away. */
    private void filtersToggleText() {
        if (filters.isVisible()) {
            filtersToggle.setText(t("filter.fold"));
        } else {
            filtersToggle.setText(t("filter.unfold").replace("{0}", String.valueOf(query.filterCount())));
        }
    }

    private void applyTexts() {
        filtersToggleText();
        bulk.setText(t(grid.bulk() ? "timeline.bulk.done" : "timeline.bulk"));
        filters.applyTexts(this::t);
        keyMode.setLabel(t("timeline.keyMode"));
        share.setText(t("timeline.share"));
        embedCode.setText(t("timeline.embed"));
        keyCount.getElement().setAttribute("aria-label", t("timeline.keyCount"));
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        labels.put("locale", getLocale().getLanguage());
        labels.put("timeline", t("timeline.label"));
        for (String[] label : new String[][] {{"zoomIn", "timeline.zoomIn"}, {"zoomOut", "timeline.zoomOut"},
                {"fit", "timeline.fit"}, {"publications", "timeline.publications"},
                {"publicationsTooltip", "timeline.publications.tooltip"}, {"exportPng", "timeline.exportPng"},
                {"exportPngTooltip", "timeline.exportPng.tooltip"}, {"exportSvg", "timeline.exportSvg"},
                {"exportSvgTooltip", "timeline.exportSvg.tooltip"}}) {
            labels.put(label[0], t(label[1]));
        }
        timeline.setLabels(labels);
        periods.setTexts(labels, this::t);
        mapPanel.setSummaryText(t("map.title"));
        map.setLabels(Map.of("map", t("map.label"), "count", t("map.count")));
        grid.setEmptyStateText(t("grid.empty"));
        grid.setColumns(this::t, this::regionLabel, getLocale());
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        applyTexts();
    }

    /** Someone wrote to the database since the view was drawn: counts, lanes, window and lists are read again. */
    private void refreshAfterWrite() {
        if (windowFitted) {
            show(true);
        } else {
            afterEdit(query.event());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = TimelineQuery.fromParameters(event.getLocation().getQueryParameters());
        List<String> key = event.getLocation().getQueryParameters().getParameters().getOrDefault(KEY_PARAMETER, List.of());
        if (!key.isEmpty() && key.getFirst().matches("\\d{1,3}")) {
            keyCount.setValue(String.valueOf(Math.max(3, Math.min(100, Integer.parseInt(key.getFirst())))));
            keyCountLabel.setText(keyCount.getValue());
            keyMode.setValue(true);
        } else if (key.isEmpty() && keyMode.getValue()) {
            keyMode.setValue(false);
        }
        show(true);
        if (query.event() != null) {
            select(query.event(), false);
        } else {
            details.clear(t("details.hint"));
        }
    }

    /** A filter or the lanes changed: everything that depends on them is read again. */
    void update(TimelineQuery next) {
        query = next;
        // A window the user did not move follows the filters (fitted again); one they panned or zoomed stays.
        show(false, windowFitted);
        pushUrl();
    }

    private void show(boolean initial) {
        show(initial, false);
    }

    private void show(boolean initial, boolean refit) {
        written.reading();
        lanes = loader.lanes(query, this::regionLabel, language());
        if (initial || visibleStart == null || refit) {
            windowFitted = refit || query.viewStart() == null;
            if (!windowFitted) {
                periods.show(List.of());
            }
            LocalDateTime[] span = windowFitted ? fitted() : new LocalDateTime[] {query.viewStart(), query.viewEnd()};
            visibleStart = span[0];
            visibleEnd = span[1];
            if (refit) {
                // A fit in periods stays out of the address: opened again, the link fits the same periods (a view
                // in it would show the main one alone).
                query = periods.count() > 0 ? query.withView(null, null) : query.withView(visibleStart, visibleEnd);
            }
            timeline.setWindow(visibleStart, visibleEnd);
        }
        undatedCount = repository.countUndated(query.filter());
        filteredCount = repository.count(query.filter());
        drawWindow();
        filters.show(query);
        filtersToggleText();
        refreshLists();
        refreshMap();
    }

    /** The map of the filtered events' places, drawn when its panel is open. */
    private void refreshMap() {
        if (!mapPanel.isOpened()) {
            return;
        }
        map.setData(PlaceMap.of(repository.placeFacets(query.filter(), MAP_PLACES, language()), query.places(), dictionary));
    }

    /** A place chosen on the map: added to the filter, or taken out when it was in it. */
    void togglePlace(String placeId) {
        List<String> places = new ArrayList<>(query.places());
        if (!places.remove(placeId)) {
            places.add(placeId);
        }
        update(query.withPlaces(places));
    }

    /**
     * The fitted span of the filtered events: the main period's (their dense body when they form one period), noting
     * how many it leaves out; the other periods are drawn in panes under the timeline, each readable at its own scale.
     */
    private LocalDateTime[] fitted() {
        List<FittedWindow> windows = !periodsShown ? List.of(FittedWindow.whole(repository, query.filter()))
                : FittedWindow.periods(repository, query.filter());
        FittedWindow main = windows.getFirst();
        outsideFit = main.outside();
        periods.show(windows.subList(1, windows.size()));
        return new LocalDateTime[] {main.start(), main.end()};
    }

    /** A period's pane asked to be read in the main timeline: the main window goes there. */
    private void showPeriodInMain(LocalDateTime start, LocalDateTime end) {
        timeline.setWindow(start, end);
        onWindow(start, end);
    }

    void fit() {
        LocalDateTime[] span = fitted();
        timeline.setWindow(span[0], span[1]);
        onWindow(span[0], span[1]);
        windowFitted = true;
    }
    /** The user panned or zoomed. */
    void onWindow(LocalDateTime from, LocalDateTime to) {
        LocalDateTime[] span = TimeAxis.span(from, to);
        LocalDateTime start = span[0];
        LocalDateTime end = span[1];
        if (start.equals(visibleStart) && end.equals(visibleEnd)) {
            return;
        }
        visibleStart = start;
        visibleEnd = end;
        windowFitted = false;
        query = query.withView(start, end);
        drawWindow();
        replaceUrl();
    }

    private void drawWindow() {
        // The grid's count scans the same events as the timeline's clusters: on the other core, meanwhile.
        EventFilter gridFilter = gridFilter();
        int keys = keyEvents();
        java.util.concurrent.CompletableFuture<Long> visible = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> repository.count(gridFilter));
        java.util.concurrent.CompletableFuture<Long> keyShown = keys == 0 ? null : java.util.concurrent.CompletableFuture.supplyAsync(
                () -> (long) actions.keyEvents().topIds(gridFilter, keys).size());
        TimelineData data = loader.load(query, lanes, visibleStart, visibleEnd, this::t, keys, publicationsOpen);
        timeline.setData(data);
        periods.redraw(query.event());
        if (keys > 0) {
            showKeyDates();
        }
        timeline.setSelectedEvent(query.event());
        gridCount = visible.join();
        grid.show(keyShown == null ? gridCount : keyShown.join());
        String said = t("counts").replace("{0}", String.valueOf(gridCount)).replace("{1}", String.valueOf(undatedCount))
                .replace("{2}", String.valueOf(filteredCount));
        if (windowFitted && outsideFit > 0) {
            said += t("counts.outside").replace("{0}", String.valueOf(outsideFit));
        }
        if (keys > 0) {
            said += t("counts.key").replace("{0}", String.valueOf(data.entries().stream()
                    .map(TimelineData.Entry::eventId).filter(java.util.Objects::nonNull).distinct().count()));
        }
        counts.setText(said);
        getElement().setAttribute("data-clustered", String.valueOf(data.clustered()));
    }

    /** For tests: the main timeline's visible span. */
    LocalDateTime[] visibleSpan() {
        return new LocalDateTime[] {visibleStart, visibleEnd};
    }

    /** The grid's rows in the key-events mode: the key events of the span, the most salient first. */
    private List<StoredEvent> keyPage(int offset, int limit) {
        List<StoredEvent> key = actions.keyEvents().top(gridFilter(), keyEvents());
        return key.subList(Math.min(offset, key.size()), Math.min(offset + limit, key.size()));
    }

    /** How many key events the mode shows, or 0 when it is off. */
    int keyEvents() {
        if (!keyMode.getValue()) {
            return 0;
        }
        try {
            return Math.max(1, Integer.parseInt(keyCount.getValue()));
        } catch (NumberFormatException e) {
            return DEFAULT_KEY_EVENTS;
        }
    }

    /** The key dates of the filters (the days of their most salient events): a click shows that day. */
    private void showKeyDates() {
        keyDates.removeAll();
        keyDates.add(new com.vaadin.flow.component.html.H4(t("timeline.keyDates")));
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(getLocale());
        for (java.time.LocalDate day : actions.keyEvents().keyDates(query.filter(), KEY_DATES)) {
            com.vaadin.flow.component.button.Button open = new com.vaadin.flow.component.button.Button(day.format(format), e -> {
                LocalDateTime from = day.minusDays(1).atStartOfDay();
                LocalDateTime to = day.plusDays(2).atStartOfDay();
                timeline.setWindow(from, to);
                onWindow(from, to);
            });
            open.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            open.addClassName("key-date");
            open.getElement().setAttribute("data-day", day.toString());
            keyDates.add(open);
        }
    }

    /**
     * The grid and the export: the filtered events of the visible span; all the dated ones while the fit shows them in
     * periods (the main timeline and its panes) and the reader has not moved it.
     */
    EventFilter gridFilter() {
        if (windowFitted && periods.count() > 0) {
            return query.filter().datedOnly();
        }
        return query.filterWithin(visibleStart, visibleEnd);
    }

    private void refreshLists() {
        lists.show(repository.undated(query.filter(), UNDATED_SHOWN), undatedCount, actions.hiddenEvents(UNDATED_SHOWN),
                id -> select(id, false), this::t);
    }

    /** Selects an event in the timeline, the grid and the details panel. */
    void select(long eventId, boolean fromGrid) {
        StoredEvent event = events.event(eventId).orElse(null);
        if (event == null) {
            query = query.withEvent(null);
            details.clear(t("details.hint"));
            replaceUrl();
            return;
        }
        query = query.withEvent(eventId);
        details.show(event, (document, begin, end) -> documents.marks(document, begin, end, language()), this::t, this::regionLabel, getLocale(),
                embedded ? new com.vaadin.flow.component.Component[0]
                        : actions.eventButtons(event, this::afterEdit).toArray(com.vaadin.flow.component.Component[]::new));
        timeline.setSelectedEvent(eventId);
        if (!fromGrid) {
            grid.selectQuietly(event);
        }
        replaceUrl();
    }

    /** After a curation: the changed event is drawn again (and stays selected unless it is gone). */
    private void afterEdit(Long selected) {
        written.reading();
        lanes = loader.lanes(query, this::regionLabel, language());
        undatedCount = repository.countUndated(query.filter());
        filteredCount = repository.count(query.filter());
        drawWindow();
        refreshLists();
        filters.show(query);
        if (selected != null) {
            select(selected, false);
        } else {
            query = query.withEvent(null);
            details.clear(t("details.hint"));
            replaceUrl();
        }
    }

    private void afterImport() {
        show(true);
    }

    /** What the export buttons write: the grid's events, then the undated ones. */
    List<StoredEvent> exported() {
        List<StoredEvent> events = new ArrayList<>(repository.page(gridFilter(), Sort.START, 0, EXPORT_MAX));
        events.addAll(repository.undated(query.filter(), EXPORT_MAX));
        return events;
    }

    TimelineQuery query() {
        return query;
    }

    private void pushUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().pushState(null, location()));
    }

    private void replaceUrl() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
    }

    private Location location() {
        String path = getUI().map(ui -> ui.getInternals().getActiveViewLocation().getPath()).orElse("");
        QueryParameters parameters = query.toParameters();
        if (keyEvents() > 0) {
            // The key-events mode is part of what a shared link shows.
            Map<String, List<String>> withKey = new java.util.LinkedHashMap<>(parameters.getParameters());
            withKey.put(KEY_PARAMETER, List.of(String.valueOf(keyEvents())));
            parameters = new QueryParameters(withKey);
        }
        return new Location(path, parameters);
    }

    @Override
    public String getPageTitle() {
        return t("timeline.title") + " · Annalist";
    }
}
