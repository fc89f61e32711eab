package org.annalist.timeline.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The keys a typed text may also mean (an actor's aliases in any language); none for other boxes. */
    private final Function<String, Set<String>> aliases;
    private final Map<String, String> known = new HashMap<>();
    private List<Facet> current;

    FilterChoices(Supplier<List<Facet>> reader, Function<List<String>, Map<String, String>> names) {
        this(reader, names, typed -> Set.of());
    }

    FilterChoices(Supplier<List<Facet>> reader, Function<List<String>, Map<String, String>> names,
                  Function<String, Set<String>> aliases) {
        this.reader = reader;
        this.names = names;
        this.aliases = aliases;
    }

    void bind(MultiSelectComboBox<String> box) {
        box.setItems(q -> matching(q.getFilter().orElse("")).stream().skip(q.getOffset()).limit(q.getLimit()));
        box.setItemLabelGenerator(this::label);
    }

    /** The keys whose label contains the typed words (without case or accents), or that the typed text is an alias of. */
    List<String> matching(String typed) {
        String folded = Folding.fold(typed.strip());
        Set<String> meant = folded.isEmpty() ? Set.of() : aliases.apply(typed.strip());
        return facets().stream().filter(f -> folded.isEmpty() || Folding.fold(f.label()).contains(folded)
                || meant.contains(f.key())).map(Facet::key).toList();
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
