package org.annalist.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The other periods of the filtered events, under the main timeline: one small timeline each, fitted to its period
 * (2015 beside January 2020 on the seeds), panned and zoomed on its own; a click selects the event as on the main one.
 * "Read here" moves the main timeline to the period; "One timeline" folds the panes away.
 */
final class PeriodPanes extends Div {

    private final BiFunction<LocalDateTime, LocalDateTime, TimelineData> load;
    private final Consumer<Long> select;
    private final BiConsumer<LocalDateTime, LocalDateTime> readInMain;
    private final List<Pane> panes = new ArrayList<>();
    private final Div row = new Div();
    private final Span title = new Span();
    private final Button join = new Button();
    private Map<String, String> labels = Map.of();
    private Function<String, String> t = key -> key;

    /** A pane and the window it shows now. */
    private static final class Pane {
        final Timeline timeline = new Timeline();
        final Button read = new Button();
        final Span label = new Span();
        LocalDateTime start;
        LocalDateTime end;
        final LocalDateTime fittedStart;
        final LocalDateTime fittedEnd;

        Pane(FittedWindow window) {
            start = window.start();
            end = window.end();
            fittedStart = start;
            fittedEnd = end;
        }
    }

    PeriodPanes(BiFunction<LocalDateTime, LocalDateTime, TimelineData> load, Consumer<Long> select,
                BiConsumer<LocalDateTime, LocalDateTime> readInMain, Runnable oneTimeline) {
        this.load = load;
        this.select = select;
        this.readInMain = readInMain;
        setId("period-panes");
        addClassName("period-panes");
        getElement().setAttribute("role", "region");
        title.addClassName("period-panes-title");
        join.setId("periods-join");
        join.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        join.addClickListener(e -> oneTimeline.run());
        Div head = new Div(title, join);
        head.addClassName("period-panes-head");
        row.addClassName("period-panes-row");
        add(head, row);
        // Not setVisible: Vaadin stops updating an invisible component's children, the removed panes would stay.
        getElement().getClassList().set("empty", true);
    }

    void setTexts(Map<String, String> timelineLabels, Function<String, String> translate) {
        labels = timelineLabels;
        t = translate;
        title.setText(t.apply("periods.title"));
        join.setText(t.apply("periods.join"));
        getElement().setAttribute("aria-label", t.apply("periods.title"));
        for (Pane pane : panes) {
            texts(pane);
        }
    }

    /** These periods' windows, one pane each; none hides the panes. */
    void show(List<FittedWindow> windows) {
        panes.clear();
        row.removeAll();
        for (FittedWindow window : windows) {
            Pane pane = new Pane(window);
            pane.timeline.addClassName("period-pane");
            pane.timeline.getElement().setAttribute("data-period", window.start() + "_" + window.end());
            pane.timeline.addWindowChangeListener(e -> {
                pane.start = e.start();
                pane.end = e.end();
                pane.timeline.setData(load.apply(pane.start, pane.end));
            });
            pane.timeline.addSelectListener(e -> select.accept(e.eventId()));
            pane.timeline.addFitListener(e -> {
                pane.start = pane.fittedStart;
                pane.end = pane.fittedEnd;
                pane.timeline.setWindow(pane.start, pane.end);
                pane.timeline.setData(load.apply(pane.start, pane.end));
            });
            pane.read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            pane.read.addClassName("period-read");
            pane.read.addClickListener(e -> readInMain.accept(pane.start, pane.end));
            pane.label.addClassName("period-label");
            texts(pane);
            Div head = new Div(pane.label, pane.read);
            head.addClassName("period-head");
            Div box = new Div(head, pane.timeline);
            box.addClassName("period");
            row.add(box);
            pane.timeline.setWindow(pane.start, pane.end);
            panes.add(pane);
        }
        getElement().getClassList().set("empty", panes.isEmpty());
    }

    private void texts(Pane pane) {
        pane.timeline.setLabels(labels);
        pane.read.setText(t.apply("periods.read"));
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        pane.label.setText(pane.fittedStart.toLocalDate().format(format) + " – " + pane.fittedEnd.toLocalDate().format(format));
    }

    /** The panes drawn again (filters, lanes or a write changed what they hold), the selected event marked. */
    void redraw(Long selected) {
        for (Pane pane : panes) {
            pane.timeline.setData(load.apply(pane.start, pane.end));
            pane.timeline.setSelectedEvent(selected);
        }
    }

    int count() {
        return panes.size();
    }

    /** For tests: the windows the panes show. */
    List<LocalDateTime[]> windows() {
        return panes.stream().map(p -> new LocalDateTime[] {p.start, p.end}).toList();
    }
}
