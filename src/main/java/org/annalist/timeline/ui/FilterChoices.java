package org.annalist.timeline.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.annalist.lang.Folding;
import org.annalist.timeline.Facet;

/**
 * A filter box's choices with their counts under the other filters, most events first. Reading them scans the
 * filtered events, so it happens when the user opens the box (lazy data provider), not on every filter change; they
 * are then kept until the filters change. Names of chosen values are looked up apart, for the chips.
 */
final class FilterChoices {

    private final Supplier<List<Facet>> reader;
    private final Function<List<String>, Map<String, String>> names;
    private final Map<String, String> known = new HashMap<>();
    private List<Facet> current;

    FilterChoices(Supplier<List<Facet>> reader, Function<List<String>, Map<String, String>> names) {
        this.reader = reader;
        this.names = names;
    }

    void bind(MultiSelectComboBox<String> box) {
        box.setItems(q -> {
            String typed = Folding.fold(q.getFilter().orElse("").strip());
            return facets().stream().filter(f -> typed.isEmpty() || Folding.fold(f.label()).contains(typed))
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

    /** The filters changed: the counts are read again when the box is next opened. */
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
}
