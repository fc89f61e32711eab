package org.annalist.timeline.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.events.StoredEvent;
import org.annalist.timeline.Sort;

/**
 * The events of the visible span as a table, read a page at a time in the order the user sorts by; its row count is
 * the view's (counted once per window, beside the timeline's clusters).
 */
final class EventGrid extends Grid<StoredEvent> {

    /** A page of the grid's events in an order. */
    interface Pages {
        List<StoredEvent> page(Sort sort, int offset, int limit);
    }

    private long count;
    /** True while the view selects a row itself: the selection is not the user's. */
    private boolean quiet;
    private final Consumer<StoredEvent> chosen;
    /** In the bulk mode, rows are ticked (several at once) rather than opened; told how many are ticked. */
    private Consumer<Integer> ticked;

    EventGrid(Pages pages, Consumer<StoredEvent> chosen) {
        this.chosen = chosen;
        setId("events-grid");
        addClassName("events-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setColumnReorderingAllowed(true);
        setMultiSort(false);
        setPageSize(50);
        listen();
        setItems(new CallbackDataProvider<StoredEvent, Void>(
                q -> pages.page(sortOf(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, count),
                StoredEvent::id));
    }

    /** So many events in the span now: the rows are read again. */
    void show(long count) {
        this.count = count;
        getDataProvider().refreshAll();
    }

    /** A selection model's listeners go with it: set again whenever the mode changes. */
    private void listen() {
        addSelectionListener(e -> {
            if (quiet) {
                return;
            }
            if (ticked != null) {
                ticked.accept(e.getAllSelectedItems().size());
            } else {
                e.getFirstSelectedItem().ifPresent(chosen);
            }
        });
    }

    /**
     * The bulk mode on (rows get a tick box, several can be ticked; {@code counted} hears how many) or off (one row at
     * a time opens its event, as before).
     */
    void setBulk(Consumer<Integer> counted) {
        quiet = true;
        try {
            ticked = counted;
            setSelectionMode(counted == null ? SelectionMode.SINGLE : SelectionMode.MULTI);
            listen();
        } finally {
            quiet = false;
        }
    }

    boolean bulk() {
        return ticked != null;
    }

    /** The ticked events' ids (bulk mode). */
    List<Long> tickedIds() {
        return getSelectedItems().stream().map(StoredEvent::id).toList();
    }

    /** Ticks the event, or unticks it when it was ticked (bulk mode; the view hears the count). */
    void toggleTick(StoredEvent event) {
        if (!bulk()) {
            return;
        }
        if (getSelectedItems().stream().anyMatch(e -> e.id() == event.id())) {
            deselect(event);
        } else {
            select(event);
        }
    }

    /** Selects the event's row without telling the view (not in the bulk mode: ticks are the person's). */
    void selectQuietly(StoredEvent event) {
        if (bulk()) {
            return;
        }
        quiet = true;
        try {
            select(event);
        } finally {
            quiet = false;
        }
    }

    /** The columns, labelled in the interface's language (actors and places named in it). */
    void setColumns(Function<String, String> t, Function<String, String> regionLabel, Locale locale) {
        String language = locale.getLanguage();
        removeAllColumns();
        addColumn(e -> e.start() == null ? "" : e.start().toLocalDate().toString()).setHeader(t.apply("column.start"))
                .setKey("start").setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        addColumn(e -> e.end() == null ? "" : e.end().toLocalDate().toString()).setHeader(t.apply("column.end"))
                .setKey("end").setWidth("7.5rem").setFlexGrow(0);
        addColumn(e -> e.granularity() == null ? "" : t.apply("granularity." + e.granularity()))
                .setHeader(t.apply("column.granularity")).setKey("granularity").setWidth("7rem").setFlexGrow(0);
        addColumn(StoredEvent::timexValue).setHeader(t.apply("column.timex")).setKey("timex").setWidth("7rem").setFlexGrow(0);
        addColumn(StoredEvent::dateText).setHeader(t.apply("column.dateText")).setKey("dateText").setWidth("9rem")
                .setFlexGrow(0).setTooltipGenerator(StoredEvent::dateText);
        addColumn(StoredEvent::title).setHeader(t.apply("column.title")).setKey("title").setSortable(true)
                .setWidth("18rem").setFlexGrow(3).setTooltipGenerator(StoredEvent::title);
        addColumn(e -> names(e.actors(), language)).setHeader(t.apply("column.actors")).setKey("actors").setWidth("12rem")
                .setTooltipGenerator(e -> names(e.actors(), language));
        addColumn(e -> names(e.places(), language)).setHeader(t.apply("column.places")).setKey("places").setWidth("9rem");
        addColumn(e -> e.regions().stream().map(regionLabel).collect(Collectors.joining(", ")))
                .setHeader(t.apply("column.regions")).setKey("regions").setWidth("10rem");
        addColumn(e -> t.apply("polarity." + e.polarity())).setHeader(t.apply("column.polarity")).setKey("polarity")
                .setWidth("7rem").setFlexGrow(0);
        addColumn(e -> String.format(locale, "%.2f", e.confidence())).setHeader(t.apply("column.confidence"))
                .setKey("confidence").setSortable(true).setWidth("6.5rem").setFlexGrow(0);
        addColumn(EventGrid::documents).setHeader(t.apply("column.sources")).setKey("sources").setWidth("12rem")
                .setTooltipGenerator(EventGrid::documents);
        addColumn(e -> e.sources().stream().map(StoredEvent.Source::outlet).filter(o -> o != null).distinct()
                .collect(Collectors.joining(" | "))).setHeader(t.apply("column.outlet")).setKey("outlet").setWidth("9rem");
        addColumn(e -> e.sources().stream().map(s -> s.published() == null ? "—" : s.published().toString()).distinct()
                .collect(Collectors.joining(" | "))).setHeader(t.apply("column.published")).setKey("published")
                .setWidth("8rem");
        addColumn(EventGrid::firstPassage).setHeader(t.apply("column.passage")).setKey("passage").setWidth("20rem")
                .setTooltipGenerator(EventGrid::firstPassage);
        addColumn(StoredEvent::corroboration).setHeader(t.apply("column.corroboration")).setKey("corroboration")
                .setWidth("6rem").setFlexGrow(0);
        getColumns().forEach(c -> c.setResizable(true));
    }

    private static String names(List<StoredEvent.Named> named, String language) {
        return named.stream().map(n -> n.name(language)).collect(Collectors.joining(", "));
    }

    private static String documents(StoredEvent e) {
        return e.sources().stream().map(StoredEvent.Source::documentTitle).distinct().collect(Collectors.joining(" | "));
    }

    private static String firstPassage(StoredEvent e) {
        return e.sources().isEmpty() ? "" : e.sources().getFirst().passage();
    }

    static Sort sortOf(List<QuerySortOrder> orders) {
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
}
