package org.annalist.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annalist.timeline.Lanes;

/**
 * The timeline's filters (actors, places, regions, documents, dates, words) and its lanes, in one row: each change becomes a
 * new {@link TimelineQuery} handed to the view; the view hands back the query to show ({@link #show}).
 */
final class FilterBar extends HorizontalLayout {

    final MultiSelectComboBox<String> actorBox = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> placeBox = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> regionBox = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> documentBox = new MultiSelectComboBox<>();
    final DatePicker fromPicker = new DatePicker();
    final DatePicker toPicker = new DatePicker();
    final TextField textField = new TextField();
    final Select<Double> confidenceSelect = new Select<>();
    final Select<Integer> sourcesSelect = new Select<>();
    final Select<Lanes> laneSelect = new Select<>();
    final Button clear = new Button();
    /** The thresholds offered: none, then the confidences extraction gives (0.5 context, 0.7–0.8 dated, 0.9 sure). */
    static final List<Double> CONFIDENCES = List.of(0.0, 0.5, 0.7, 0.8, 0.9);
    static final List<Integer> SOURCES = List.of(0, 2, 3, 5);
    private final List<FilterChoices> choices;
    /** True while the controls are set from a query: their change events are not the user's. */
    private boolean syncing;

    FilterBar(Supplier<TimelineQuery> query, Consumer<TimelineQuery> changed, FilterChoices actors,
              FilterChoices places, FilterChoices regions, FilterChoices documents) {
        this.choices = List.of(actors, places, regions, documents);
        actorBox.setId("filter-actors");
        actors.bind(actorBox);
        actorBox.addValueChangeListener(e -> {
            if (!syncing) {
                changed.accept(query.get().withActors(List.copyOf(e.getValue())));
            }
        });
        placeBox.setId("filter-places");
        places.bind(placeBox);
        placeBox.addValueChangeListener(e -> {
            if (!syncing) {
                changed.accept(query.get().withPlaces(List.copyOf(e.getValue())));
            }
        });
        regionBox.setId("filter-regions");
        regions.bind(regionBox);
        regionBox.addValueChangeListener(e -> {
            if (!syncing) {
                changed.accept(query.get().withRegions(List.copyOf(e.getValue())));
            }
        });
        documentBox.setId("filter-documents");
        documents.bind(documentBox);
        documentBox.addValueChangeListener(e -> {
            if (!syncing) {
                changed.accept(query.get().withDocuments(e.getValue().stream().map(Long::valueOf).toList()));
            }
        });
        fromPicker.setId("filter-from");
        toPicker.setId("filter-to");
        fromPicker.addValueChangeListener(e -> {
            if (!syncing) {
                changed.accept(query.get().withDates(e.getValue(), query.get().to()));
            }
        });
        toPicker.addValueChangeListener(e -> {
            if (!syncing) {
                changed.accept(query.get().withDates(query.get().from(), e.getValue()));
            }
        });
        textField.setId("filter-text");
        textField.setClearButtonVisible(true);
        textField.setPrefixComponent(VaadinIcon.SEARCH.create());
        textField.setValueChangeMode(ValueChangeMode.LAZY);
        textField.setValueChangeTimeout(350);
        textField.addValueChangeListener(e -> {
            if (!syncing) {
                changed.accept(query.get().withText(e.getValue()));
            }
        });
        // Enter searches at once, without waiting for the typing pause.
        textField.getElement().addEventListener("keydown", e -> {
            var typed = e.getEventData().get("element.value");
            textField.setValue(typed == null || typed.isNull() ? "" : typed.asString());
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
        confidenceSelect.setId("filter-confidence");
        confidenceSelect.setItems(CONFIDENCES);
        confidenceSelect.addValueChangeListener(e -> {
            if (!syncing && e.getValue() != null) {
                changed.accept(query.get().withThresholds(e.getValue(), query.get().minSources()));
            }
        });
        sourcesSelect.setId("filter-sources");
        sourcesSelect.setItems(SOURCES);
        sourcesSelect.addValueChangeListener(e -> {
            if (!syncing && e.getValue() != null) {
                changed.accept(query.get().withThresholds(query.get().minConfidence(), e.getValue()));
            }
        });
        laneSelect.setId("lanes");
        laneSelect.setItems(Lanes.values());
        laneSelect.addValueChangeListener(e -> {
            if (!syncing && e.getValue() != null) {
                changed.accept(query.get().withLanes(e.getValue()));
            }
        });
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> changed.accept(query.get().cleared()));

        add(actorBox, placeBox, regionBox, documentBox, fromPicker, toPicker, textField, confidenceSelect, sourcesSelect, laneSelect,
                clear);
        addClassName("filter-bar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
    }

    /** The controls as the query says, the choices' counts to be read again. */
    void show(TimelineQuery query) {
        choices.forEach(FilterChoices::invalidate);
        syncing = true;
        try {
            setIfDifferent(actorBox, query.actors());
            setIfDifferent(placeBox, query.places());
            setIfDifferent(regionBox, query.regions());
            setIfDifferent(documentBox, query.documents().stream().map(String::valueOf).toList());
            fromPicker.setValue(query.from());
            toPicker.setValue(query.to());
            textField.setValue(query.text() == null ? "" : query.text());
            show(confidenceSelect, CONFIDENCES, query.minConfidence());
            show(sourcesSelect, SOURCES, query.minSources() > 1 ? query.minSources() : 0);
            laneSelect.setValue(query.lanes());
            clear.setEnabled(query.filtered());
        } finally {
            syncing = false;
        }
    }

    void applyTexts(Function<String, String> t) {
        actorBox.setLabel(t.apply("filter.actors"));
        actorBox.setPlaceholder(t.apply("filter.any"));
        placeBox.setLabel(t.apply("filter.places"));
        placeBox.setPlaceholder(t.apply("filter.any"));
        regionBox.setLabel(t.apply("filter.regions"));
        regionBox.setPlaceholder(t.apply("filter.any"));
        documentBox.setLabel(t.apply("filter.documents"));
        documentBox.setPlaceholder(t.apply("filter.any"));
        fromPicker.setLabel(t.apply("filter.from"));
        toPicker.setLabel(t.apply("filter.to"));
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
        fromPicker.setI18n(iso);
        toPicker.setI18n(iso);
        textField.setLabel(t.apply("filter.text"));
        textField.setPlaceholder(t.apply("filter.text.placeholder"));
        confidenceSelect.setLabel(t.apply("filter.confidence"));
        confidenceSelect.setItemLabelGenerator(c -> c == 0 ? t.apply("filter.any")
                : t.apply("filter.confidence.min").replace("{0}", String.format(java.util.Locale.ROOT, "%.1f", c)));
        sourcesSelect.setLabel(t.apply("filter.sources"));
        sourcesSelect.setItemLabelGenerator(n -> n == 0 ? t.apply("filter.any") : t.apply("filter.sources.min").replace("{0}", String.valueOf(n)));
        laneSelect.setLabel(t.apply("filter.lanes"));
        laneSelect.setItemLabelGenerator(l -> t.apply("lanes." + l.name()));
        clear.setText(t.apply("filter.clear"));
    }

    /**
     * A threshold shown in its select: a shared link may carry a value the select does not offer, which is then added
     * to its choices (the filter applies it as it is).
     */
    private static <T extends Comparable<T>> void show(Select<T> select, List<T> offered, T value) {
        if (!offered.contains(value)) {
            List<T> choices = new java.util.ArrayList<>(offered);
            choices.add(value);
            choices.sort(null);
            select.setItems(choices);
        } else if (select.getListDataView().getItemCount() != offered.size()) {
            select.setItems(offered);
        }
        select.setValue(value);
    }

    private static void setIfDifferent(MultiSelectComboBox<String> box, List<String> selected) {
        if (!box.getValue().equals(new LinkedHashSet<>(selected))) {
            box.setValue(new LinkedHashSet<>(selected));
        }
    }
}
