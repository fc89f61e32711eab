package org.annalist.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.annalist.curation.HiddenEvent;
import org.annalist.events.StoredEvent;

/** Beside the timeline: the filtered events without a date, and those marked wrong (to be restored), each one a link. */
final class SideLists extends Div {

    final Details undated = new Details();
    final Details hidden = new Details();
    private final UnorderedList undatedList = new UnorderedList();
    private final UnorderedList hiddenList = new UnorderedList();

    SideLists() {
        undated.setId("undated");
        undated.add(undatedList);
        undatedList.addClassName("undated-list");
        hidden.setId("hidden-events");
        hidden.add(hiddenList);
        hiddenList.addClassName("undated-list");
        add(undated, hidden);
        getStyle().set("display", "contents");
    }

    void show(List<StoredEvent> undatedEvents, long undatedCount, List<HiddenEvent> wrong, LongConsumer open,
              Function<String, String> t) {
        undatedList.removeAll();
        undated.setSummaryText(t.apply("undated.title") + " (" + undatedCount + ")");
        for (StoredEvent event : undatedEvents) {
            undatedList.add(new ListItem(link(event.title(), event.id(), "undated-event", open)));
        }
        hiddenList.removeAll();
        hidden.setSummaryText(t.apply("hidden.title") + " (" + wrong.size() + ")");
        hidden.setVisible(!wrong.isEmpty());
        for (HiddenEvent event : wrong) {
            hiddenList.add(new ListItem(link(event.title(), event.id(), "hidden-event", open)));
        }
    }

    private static Button link(String title, long id, String className, LongConsumer open) {
        Button link = new Button(title, e -> open.accept(id));
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        link.addClassName(className);
        return link;
    }
}
