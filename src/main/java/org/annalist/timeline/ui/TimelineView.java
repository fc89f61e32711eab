package org.annalist.timeline.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.annalist.lang.Folding;
import org.annalist.timeline.Facet;
import org.annalist.timeline.Lanes;
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
    private boolean syncing;
    /** The window is the fit of the events (not moved by the user): after a write it fits the events again. */
    private boolean windowFitted;

    final Timeline timeline = new Timeline();
    final Grid<StoredEvent> grid = new Grid<>();
    final EventDetails details = new EventDetails();
    final MultiSelectComboBox<String> actorBox = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> regionBox = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> documentBox = new MultiSelectComboBox<>();
    final DatePicker fromPicker = new DatePicker();
    final DatePicker toPicker = new DatePicker();
    final TextField textField = new TextField();
    final Select<Lanes> laneSelect = new Select<>();
    final Button clear = new Button();
    final Span counts = new Span();
    final Details undated = new Details();
    private final UnorderedList undatedList = new UnorderedList();
    final Details hidden = new Details();
    private final UnorderedList hiddenList = new UnorderedList();
    private final Choices actorChoices;
    private final Choices regionChoices;
    private final Choices documentChoices;
    private long gridCount;
    /** The filtered undated events, counted when the filters change (a pan does not change them). */
    private long undatedCount;

    public TimelineView(TimelineLoader loader, TimelineService repository, EventRepository events,
                        DocumentRepository documents, EventActions actions, EventRevision revision) {
        this.loader = loader;
        this.repository = repository;
        this.events = events;
        this.documents = documents;
        this.actions = actions;
        this.written = new RevisionWatch(this, revision, this::refreshAfterWrite);
        actorChoices = new Choices(() -> repository.actorFacets(query.filter(), 500, language()),
                keys -> repository.entityNames(keys, language()));
        regionChoices = new Choices(() -> repository.regionFacets(query.filter()).stream()
                .map(f -> new Facet(f.key(), regionLabel(f.key()), f.count())).toList(),
                keys -> keys.stream().collect(Collectors.toMap(k -> k, this::regionLabel)));
        documentChoices = new Choices(() -> repository.documentFacets(query.filter(), 500), repository::documentTitles);
        setId("main-content");
        addClassName("timeline-view");
        setSizeFull();
        setPadding(true);
        setSpacing(false);

        add(filterBar(), toolbar());

        timeline.setId("timeline");
        timeline.addClassName("timeline");
        timeline.addWindowChangeListener(e -> onWindow(e.start(), e.end()));
        timeline.addSelectListener(e -> select(e.eventId(), false));
        timeline.addFitListener(e -> fit());

        configureGrid();
        details.clear("");

        Div main = new Div(timeline, grid);
        main.addClassName("timeline-main");
        Div side = new Div(details, undated, hidden);
        side.addClassName("timeline-side");
        Div body = new Div(main, side);
        body.addClassName("timeline-body");
        add(body);
        setFlexGrow(1, body);

        undated.setId("undated");
        undated.add(undatedList);
        undatedList.addClassName("undated-list");
        hidden.setId("hidden-events");
        hidden.add(hiddenList);
        hiddenList.addClassName("undated-list");
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

    // ---- building the controls ------------------------------------------------------------------------------------

    private HorizontalLayout filterBar() {
        actorBox.setId("filter-actors");
        actorChoices.bind(actorBox);
        actorBox.addValueChangeListener(e -> {
            if (!syncing) {
                update(query.withActors(List.copyOf(e.getValue())));
            }
        });
        regionBox.setId("filter-regions");
        regionChoices.bind(regionBox);
        regionBox.addValueChangeListener(e -> {
            if (!syncing) {
                update(query.withRegions(List.copyOf(e.getValue())));
            }
        });
        documentBox.setId("filter-documents");
        documentChoices.bind(documentBox);
        documentBox.addValueChangeListener(e -> {
            if (!syncing) {
                update(query.withDocuments(e.getValue().stream().map(Long::valueOf).toList()));
            }
        });
        fromPicker.setId("filter-from");
        toPicker.setId("filter-to");
        fromPicker.addValueChangeListener(e -> {
            if (!syncing) {
                update(query.withDates(e.getValue(), query.to()));
            }
        });
        toPicker.addValueChangeListener(e -> {
            if (!syncing) {
                update(query.withDates(query.from(), e.getValue()));
            }
        });
        textField.setId("filter-text");
        textField.setClearButtonVisible(true);
        textField.setPrefixComponent(VaadinIcon.SEARCH.create());
        textField.setValueChangeMode(ValueChangeMode.LAZY);
        textField.setValueChangeTimeout(350);
        textField.addValueChangeListener(e -> {
            if (!syncing) {
                update(query.withText(e.getValue()));
            }
        });
        // Enter searches at once, without waiting for the typing pause.
        textField.getElement().addEventListener("keydown", e -> {
            var typed = e.getEventData().get("element.value");
            textField.setValue(typed == null || typed.isNull() ? "" : typed.asString());
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
        laneSelect.setId("lanes");
        laneSelect.setItems(Lanes.values());
        laneSelect.addValueChangeListener(e -> {
            if (!syncing && e.getValue() != null) {
                update(query.withLanes(e.getValue()));
            }
        });
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> update(query.cleared()));

        HorizontalLayout bar = new HorizontalLayout(actorBox, regionBox, documentBox, fromPicker, toPicker, textField,
                laneSelect, clear);
        bar.addClassName("filter-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private HorizontalLayout toolbar() {
        counts.setId("counts");
        counts.addClassName("counts");
        HorizontalLayout bar = new HorizontalLayout(counts, actions.importButton(this::afterImport),
                actions.exportLink("csv", this::exported), actions.exportLink("json", this::exported));
        bar.addClassName("timeline-toolbar-row");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(counts);
        return bar;
    }

    private void configureGrid() {
        grid.setId("events-grid");
        grid.addClassName("events-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setColumnReorderingAllowed(true);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.addSelectionListener(e -> {
            if (!syncing) {
                e.getFirstSelectedItem().ifPresent(event -> select(event.id(), true));
            }
        });
        CallbackDataProvider<StoredEvent, Void> provider = new CallbackDataProvider<>(
                q -> repository.page(gridFilter(), sort(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, gridCount),
                StoredEvent::id);
        grid.setItems(provider);
    }

    private void setColumns() {
        grid.removeAllColumns();
        grid.addColumn(e -> e.start() == null ? "" : e.start().toLocalDate().toString()).setHeader(t("column.start"))
                .setKey("start").setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(e -> e.end() == null ? "" : e.end().toLocalDate().toString()).setHeader(t("column.end"))
                .setKey("end").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(e -> e.granularity() == null ? "" : t("granularity." + e.granularity())).setHeader(t("column.granularity"))
                .setKey("granularity").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(StoredEvent::timexValue).setHeader(t("column.timex")).setKey("timex").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(StoredEvent::dateText).setHeader(t("column.dateText")).setKey("dateText").setWidth("9rem")
                .setFlexGrow(0).setTooltipGenerator(StoredEvent::dateText);
        grid.addColumn(StoredEvent::title).setHeader(t("column.title")).setKey("title").setSortable(true)
                .setWidth("18rem").setFlexGrow(3).setTooltipGenerator(StoredEvent::title);
        grid.addColumn(e -> names(e.actors())).setHeader(t("column.actors")).setKey("actors").setWidth("12rem")
                .setTooltipGenerator(e -> names(e.actors()));
        grid.addColumn(e -> names(e.places())).setHeader(t("column.places")).setKey("places").setWidth("9rem");
        grid.addColumn(e -> e.regions().stream().map(this::regionLabel).collect(Collectors.joining(", ")))
                .setHeader(t("column.regions")).setKey("regions").setWidth("10rem");
        grid.addColumn(e -> t("polarity." + e.polarity())).setHeader(t("column.polarity")).setKey("polarity")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(e -> String.format(getLocale(), "%.2f", e.confidence())).setHeader(t("column.confidence"))
                .setKey("confidence").setSortable(true).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(e -> e.sources().stream().map(StoredEvent.Source::documentTitle).distinct()
                        .collect(Collectors.joining(" | "))).setHeader(t("column.sources")).setKey("sources").setWidth("12rem")
                .setTooltipGenerator(e -> e.sources().stream().map(StoredEvent.Source::documentTitle).distinct()
                        .collect(Collectors.joining(" | ")));
        grid.addColumn(e -> e.sources().stream().map(StoredEvent.Source::outlet).filter(o -> o != null).distinct()
                .collect(Collectors.joining(" | "))).setHeader(t("column.outlet")).setKey("outlet").setWidth("9rem");
        grid.addColumn(e -> e.sources().stream().map(s -> s.published() == null ? "—" : s.published().toString()).distinct()
                .collect(Collectors.joining(" | "))).setHeader(t("column.published")).setKey("published").setWidth("8rem");
        grid.addColumn(e -> e.sources().isEmpty() ? "" : e.sources().getFirst().passage()).setHeader(t("column.passage"))
                .setKey("passage").setWidth("20rem").setTooltipGenerator(e -> e.sources().isEmpty() ? "" : e.sources().getFirst().passage());
        grid.addColumn(StoredEvent::corroboration).setHeader(t("column.corroboration")).setKey("corroboration")
                .setWidth("6rem").setFlexGrow(0);
        grid.getColumns().forEach(c -> c.setResizable(true));
    }

    private static String names(List<StoredEvent.Named> named) {
        return named.stream().map(StoredEvent.Named::name).collect(Collectors.joining(", "));
    }

    private static Sort sort(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.START;
        }
        QuerySortOrder order = orders.getFirst();
        boolean descending = order.getDirection() == SortDirection.DESCENDING;
        return switch (order.getSorted()) {
            case "title" -> descending ? Sort.TITLE_DESC : Sort.TITLE;
            case "confidence" -> descending ? Sort.CONFIDENCE_DESC : Sort.CONFIDENCE;
            default -> descending ? Sort.START_DESC : Sort.START;
        };
    }

    private void applyTexts() {
        actorBox.setLabel(t("filter.actors"));
        actorBox.setPlaceholder(t("filter.any"));
        regionBox.setLabel(t("filter.regions"));
        regionBox.setPlaceholder(t("filter.any"));
        documentBox.setLabel(t("filter.documents"));
        documentBox.setPlaceholder(t("filter.any"));
        fromPicker.setLabel(t("filter.from"));
        toPicker.setLabel(t("filter.to"));
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        fromPicker.setI18n(iso);
        toPicker.setI18n(iso);
        textField.setLabel(t("filter.text"));
        textField.setPlaceholder(t("filter.text.placeholder"));
        laneSelect.setLabel(t("filter.lanes"));
        laneSelect.setItemLabelGenerator(l -> t("lanes." + l.name()));
        clear.setText(t("filter.clear"));
        timeline.setLabels(Map.of("zoomIn", t("timeline.zoomIn"), "zoomOut", t("timeline.zoomOut"), "fit",
                t("timeline.fit"), "timeline", t("timeline.label")));
        grid.setEmptyStateText(t("grid.empty"));
        setColumns();
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
        show(false);
        pushUrl();
    }

    private void show(boolean initial) {
        written.reading();
        syncControls();
        lanes = loader.lanes(query, this::regionLabel, language());
        if (initial || visibleStart == null) {
            windowFitted = query.viewStart() == null;
            LocalDateTime[] span = windowFitted ? fitted() : new LocalDateTime[] {query.viewStart(), query.viewEnd()};
            visibleStart = span[0];
            visibleEnd = span[1];
            timeline.setWindow(visibleStart, visibleEnd);
        }
        undatedCount = repository.countUndated(query.filter());
        drawWindow();
        refreshFacets();
        refreshUndated();
    }

    /** The span that shows all the filtered events, with a margin; the last ten years when there is none. */
    private LocalDateTime[] fitted() {
        LocalDateTime[] extent = repository.extent(query.filter());
        if (extent == null) {
            LocalDateTime now = LocalDateTime.now().withNano(0);
            return new LocalDateTime[] {now.minusYears(10), now.plusMonths(6)};
        }
        LocalDateTime[] inside = TimeAxis.span(extent[0], extent[1]);
        Duration span = Duration.between(inside[0], inside[1]);
        Duration margin = span.dividedBy(20).compareTo(Duration.ofDays(1)) < 0 ? Duration.ofDays(1) : span.dividedBy(20);
        return TimeAxis.span(inside[0].minus(margin), inside[1].plus(margin));
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
        java.util.concurrent.CompletableFuture<Long> visible = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> repository.count(gridFilter));
        TimelineData data = loader.load(query, lanes, visibleStart, visibleEnd, this::t);
        timeline.setData(data);
        timeline.setSelectedEvent(query.event());
        gridCount = visible.join();
        grid.getDataProvider().refreshAll();
        counts.setText(t("counts").replace("{0}", String.valueOf(gridCount)).replace("{1}", String.valueOf(undatedCount)));
        getElement().setAttribute("data-clustered", String.valueOf(data.clustered()));
    }

    /** The grid and the export: the filtered events of the visible span. */
    EventFilter gridFilter() {
        return query.filterWithin(visibleStart, visibleEnd);
    }

    /** The filters changed: each box's choices and counts are read again when it is next opened. */
    private void refreshFacets() {
        actorChoices.invalidate();
        regionChoices.invalidate();
        documentChoices.invalidate();
        syncing = true;
        try {
            setIfDifferent(actorBox, query.actors());
            setIfDifferent(regionBox, query.regions());
            setIfDifferent(documentBox, query.documents().stream().map(String::valueOf).toList());
        } finally {
            syncing = false;
        }
    }

    private static void setIfDifferent(MultiSelectComboBox<String> box, List<String> selected) {
        if (!box.getValue().equals(new LinkedHashSet<>(selected))) {
            box.setValue(new LinkedHashSet<>(selected));
        }
    }

    /**
     * A filter box's choices with their counts under the other filters, most events first. Reading them scans the
     * filtered events, so it happens when the user opens the box (lazy data provider), not on every filter change; they
     * are then kept until the filters change. Names of chosen values are looked up apart, for the chips.
     */
    private static final class Choices {
        private final java.util.function.Supplier<List<Facet>> reader;
        private final java.util.function.Function<List<String>, Map<String, String>> names;
        private List<Facet> current;
        private final Map<String, String> known = new java.util.HashMap<>();

        Choices(java.util.function.Supplier<List<Facet>> reader, java.util.function.Function<List<String>, Map<String, String>> names) {
            this.reader = reader;
            this.names = names;
        }

        void bind(MultiSelectComboBox<String> box) {
            box.setItems(q -> {
                String typed = q.getFilter().orElse("").strip();
                return facets().stream().filter(f -> typed.isEmpty() || folded(f.label()).contains(folded(typed)))
                        .skip(q.getOffset()).limit(q.getLimit()).map(Facet::key);
            });
            box.setItemLabelGenerator(this::label);
        }

        List<Facet> facets() {
            if (current == null) {
                current = reader.get();
                current.forEach(f -> known.put(f.key(), f.label()));
            }
            return current;
        }

        void invalidate() {
            current = null;
        }

        String label(String key) {
            if (current != null) {
                for (Facet f : current) {
                    if (f.key().equals(key)) {
                        return f.label() + " (" + f.count() + ")";
                    }
                }
            }
            if (!known.containsKey(key)) {
                known.putAll(names.apply(List.of(key)));
            }
            return known.getOrDefault(key, key);
        }

        private static String folded(String text) {
            return Folding.fold(text);
        }
    }

    private void refreshUndated() {
        undatedList.removeAll();
        List<StoredEvent> events = repository.undated(query.filter(), UNDATED_SHOWN);
        undated.setSummaryText(t("undated.title") + " (" + undatedCount + ")");
        for (StoredEvent event : events) {
            Button open = new Button(event.title(), e -> select(event.id(), false));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("undated-event");
            ListItem item = new ListItem(open);
            undatedList.add(item);
        }
        hiddenList.removeAll();
        var wrong = actions.hiddenEvents(UNDATED_SHOWN);
        hidden.setSummaryText(t("hidden.title") + " (" + wrong.size() + ")");
        hidden.setVisible(!wrong.isEmpty());
        for (var event : wrong) {
            Button open = new Button(event.title(), e -> select(event.id(), false));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("hidden-event");
            hiddenList.add(new ListItem(open));
        }
    }

    private void syncControls() {
        syncing = true;
        try {
            fromPicker.setValue(query.from());
            toPicker.setValue(query.to());
            textField.setValue(query.text() == null ? "" : query.text());
            laneSelect.setValue(query.lanes());
            clear.setEnabled(query.filtered());
        } finally {
            syncing = false;
        }
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
                actions.eventButtons(event, this::afterEdit).toArray(com.vaadin.flow.component.Component[]::new));
        timeline.setSelectedEvent(eventId);
        if (!fromGrid) {
            syncing = true;
            try {
                grid.select(event);
            } finally {
                syncing = false;
            }
        }
        replaceUrl();
    }

    /** After a curation: the changed event is drawn again (and stays selected unless it is gone). */
    private void afterEdit(Long selected) {
        written.reading();
        lanes = loader.lanes(query, this::regionLabel, language());
        undatedCount = repository.countUndated(query.filter());
        drawWindow();
        refreshUndated();
        refreshFacets();
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
        return new Location(path, query.toParameters());
    }

    @Override
    public String getPageTitle() {
        return t("timeline.title") + " · Annalist";
    }
}
