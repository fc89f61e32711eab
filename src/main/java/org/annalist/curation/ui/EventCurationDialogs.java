package org.annalist.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.curation.Edit;
import org.annalist.curation.EditLog;
import org.annalist.curation.EditResult;
import org.annalist.curation.EventCuration;
import org.annalist.curation.EventState;
import org.annalist.curation.NewEvent;
import org.annalist.curation.Patch;
import org.annalist.documents.DocumentSummary;
import org.annalist.entity.Entity;
import org.annalist.entity.EntityDictionary;
import org.annalist.entity.EntityType;
import org.annalist.event.Polarity;
import org.annalist.event.Role;
import org.annalist.security.CurrentUser;
import org.annalist.security.UserRole;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.annalist.temporal.Granularity;

/**
 * A person's corrections of an event from the details panel: edit (title, date and its precision, actors, places), mark
 * wrong (hidden, never deleted) or show again, merge another event into this one, split a source off, read the history.
 * Every change names the signed-in account and is kept in the event's history; readers see the history only.
 */
public final class EventCurationDialogs {

    private final EventCuration curation;
    private final EventRepository events;
    private final Function<String, String> t;

    public EventCurationDialogs(EventCuration curation, EventRepository events) {
        this.curation = curation;
        this.events = events;
        this.t = key -> UI.getCurrent().getTranslation(key);
    }

    public List<Component> buttons(StoredEvent event, boolean hidden, Consumer<Long> afterEdit) {
        List<Component> buttons = new ArrayList<>();
        if (!CurrentUser.has(UserRole.EDITOR)) {
            buttons.add(button("history", "curate.history", () -> history(event, afterEdit)));
            return buttons;
        }
        buttons.add(button("edit", "curate.edit", () -> edit(event, afterEdit)));
        buttons.add(button("hide", hidden ? "curate.show" : "curate.hide", () -> ask(name -> {
            curation.hide(event.id(), !hidden, name);
            notice(hidden ? "curate.shown" : "curate.hidden");
            afterEdit.accept(event.id());
        })));
        buttons.add(button("merge", "curate.merge", () -> merge(event, afterEdit)));
        if (event.sources().size() > 1) {
            buttons.add(button("split", "curate.split", () -> split(event, afterEdit)));
        }
        buttons.add(button("history", "curate.history", () -> history(event, afterEdit)));
        return buttons;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(t.apply(key), click -> action.run());
        button.setId("curate-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Runs a change in the name of the signed-in account (the services check its role again). */
    private void ask(Consumer<String> change) {
        run(() -> change.accept(CurrentUser.editor()));
    }

    /** Runs a change; a refused one (bad input, event gone) is told, not thrown. */
    private void run(Runnable change) {
        try {
            change.run();
        } catch (IllegalArgumentException | NoSuchElementException e) {
            Notification error = Notification.show(t.apply("curate.refused") + " " + e.getMessage(), 6000,
                    Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void notice(String key) {
        Notification.show(t.apply(key), 3000, Notification.Position.BOTTOM_START);
    }

    public void edit(StoredEvent event, Consumer<Long> afterEdit) {
        // What the dialog shows, and what the edit is made against: only the fields the person changes are written.
        AtomicReference<EventState> shown = new AtomicReference<>(curation.state(event.id()));
        EventState state = shown.get();
        Dialog dialog = new Dialog(t.apply("curate.edit.title"));
        dialog.setId("edit-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        TextField title = new TextField(t.apply("event.title"));
        title.setId("edit-title");
        title.setValue(state.title());
        title.setWidthFull();
        title.setMaxLength(1000);

        DateFields date = dateFields("edit");
        DatePicker day = date.day();
        Select<Granularity> precision = date.precision();
        Checkbox undated = date.undated();
        day.setValue(state.date().dated() ? state.date().start().toLocalDate() : null);
        precision.setValue(nearestPrecision(state.date().granularity()));
        undated.setValue(!state.date().dated());
        // The date is edited only when one of its controls differs from what it showed (a title edit keeps the date's
        // words, mod and minute or part-of-day precision, which these controls cannot show).
        // What the date controls showed (updated when a conflict shows the current state).
        Object[] shownDate = {day.getValue(), precision.getValue(), undated.getValue()};

        String language = UI.getCurrent().getLocale().getLanguage();
        List<Entity> all = dictionary(language);
        MultiSelectComboBox<String> actors = entities(t.apply("event.actors"), "edit-actors",
                all.stream().filter(e -> e.type() != EntityType.CITY).toList(), event.actors(), language);
        MultiSelectComboBox<String> places = entities(t.apply("event.places"), "edit-places",
                all.stream().filter(e -> e.type().isPlace()).toList(), event.places(), language);

        // Each actor's part (agent, target...): a select per chosen actor; only the roles the person changes are theirs.
        Map<String, Role> changedRoles = new java.util.HashMap<>();
        Div roles = new Div();
        roles.setId("edit-roles");
        roles.addClassName("edit-roles");
        Runnable drawRoles = () -> {
            roles.removeAll();
            for (String id : actors.getValue()) {
                Select<Role> role = new Select<>();
                role.setLabel(t.apply("curate.role").replace("{0}", actors.getItemLabelGenerator().apply(id)));
                role.setItems(Role.values());
                role.setItemLabelGenerator(r -> t.apply("role." + r));
                role.setValue(changedRoles.getOrDefault(id, shown.get().actors().getOrDefault(id, Role.OTHER)));
                role.getElement().setAttribute("data-actor", id);
                role.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        changedRoles.put(id, e.getValue());
                    }
                });
                roles.add(role);
            }
        };
        actors.addValueChangeListener(e -> drawRoles.run());
        drawRoles.run();
        // Whether the event happened, did not, or is only possible, promised or threatened.
        Select<Polarity> polarity = new Select<>();
        polarity.setId("edit-polarity");
        polarity.setLabel(t.apply("event.polarity"));
        polarity.setItems(Polarity.values());
        polarity.setItemLabelGenerator(p -> t.apply("polarity." + p));
        polarity.setValue(state.polarity());

        TextArea note = new TextArea(t.apply("event.note"));
        note.setId("edit-note");
        note.setMaxLength(EventCuration.NOTE_MAX);
        note.setWidthFull();
        note.setValue(state.note() == null ? "" : state.note());

        FormLayout form = new FormLayout(title, day, precision, undated, actors, roles, places, polarity, note);
        form.setColspan(note, 2);
        form.setColspan(title, 2);
        form.setColspan(actors, 2);
        form.setColspan(roles, 2);
        form.setColspan(places, 2);
        dialog.add(form);

        Button save = new Button(t.apply("dialog.save"), click -> {
            String who = CurrentUser.editor();
            if (!undated.getValue() && (day.getValue() == null || precision.getValue() == null)) {
                day.setInvalid(day.getValue() == null);
                day.setErrorMessage(t.apply("curate.date.required"));
                return;
            }
            EventState seen = shown.get();
            Map<String, Role> seenRoles = seen.actors();
            Patch patch = Patch.NONE
                    .withTitle(title.getValue())
                    .withActors(actors.getValue().stream().collect(Collectors.toMap(id -> id,
                            id -> changedRoles.getOrDefault(id, seenRoles.getOrDefault(id, Role.OTHER)), (a, b) -> a,
                            java.util.TreeMap::new)))
                    .withPlaces(new java.util.TreeSet<>(places.getValue()))
                    .withPolarity(polarity.getValue())
                    .withNote(note.getValue());
            boolean dateEdited = !undated.getValue().equals(shownDate[2]) || (!undated.getValue()
                    && (!java.util.Objects.equals(day.getValue(), shownDate[0]) || precision.getValue() != shownDate[1]));
            if (dateEdited) {
                patch = patch.withDate(undated.getValue() ? EventCuration.undated(who)
                        : EventCuration.dateAt(day.getValue(), precision.getValue(), who));
            }
            Patch edit = patch;
            run(() -> {
                try {
                    EditResult result = curation.edit(seen, edit, who);
                    dialog.close();
                    if (result.keptFromOthers().isEmpty()) {
                        notice("curate.saved");
                    } else {
                        Notification.show(t.apply("curate.savedMerged").replace("{0}", result.keptFromOthers().stream()
                                .map(this::fieldLabel).collect(Collectors.joining(", "))), 6000,
                                Notification.Position.BOTTOM_START);
                    }
                    afterEdit.accept(event.id());
                } catch (EventCuration.EditConflict conflict) {
                    // Shown, not overwritten: the person sees the current values and decides again (Save again keeps theirs).
                    EventState current = conflict.current();
                    shown.set(current);
                    // The fields the person did not change now show their current values (saving again must not
                    // write back the older ones); the person's own changes stay in the form.
                    if (title.getValue().strip().equals(seen.title())) {
                        title.setValue(current.title());
                    }
                    if (!dateEdited) {
                        day.setValue(current.date().dated() ? current.date().start().toLocalDate() : null);
                        precision.setValue(nearestPrecision(current.date().granularity()));
                        undated.setValue(!current.date().dated());
                        shownDate[0] = day.getValue();
                        shownDate[1] = precision.getValue();
                        shownDate[2] = undated.getValue();
                    }
                    if (actors.getValue().equals(seen.actors().keySet())) {
                        actors.setValue(new LinkedHashSet<>(current.actors().keySet()));
                    }
                    if (places.getValue().equals(seen.places())) {
                        places.setValue(new LinkedHashSet<>(current.places()));
                    }
                    if (polarity.getValue() == seen.polarity()) {
                        polarity.setValue(current.polarity());
                    }
                    if (java.util.Objects.equals(note.getValue().isBlank() ? null : note.getValue().strip(), seen.note())) {
                        note.setValue(current.note() == null ? "" : current.note());
                    }
                    drawRoles.run();
                    StringBuilder message = new StringBuilder(t.apply("curate.conflict"));
                    for (String field : conflict.fields()) {
                        message.append("\n").append(fieldLabel(field)).append(": ").append(EditLog.describe(field,
                                conflict.current().value(field)));
                    }
                    Notification warning = Notification.show(message.toString(), 10000, Notification.Position.MIDDLE);
                    warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
                    warning.setId("edit-conflict");
                }
            });
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t.apply("dialog.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** A field as the dialog labels it. */
    private String fieldLabel(String field) {
        return field.equals("hidden") ? t.apply("curate.hide") : t.apply("event." + field);
    }

    /** A date, its precision, or none: the controls of the add, edit and bulk dialogs. */
    private record DateFields(DatePicker day, Select<Granularity> precision, Checkbox undated) {
    }

    private DateFields dateFields(String prefix) {
        DatePicker day = new DatePicker(t.apply("event.date"));
        day.setId(prefix + "-date");
        day.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        Select<Granularity> precision = new Select<>();
        precision.setId(prefix + "-precision");
        precision.setLabel(t.apply("curate.precision"));
        precision.setItems(EventCuration.PRECISIONS);
        precision.setItemLabelGenerator(g -> t.apply("granularity." + g.name()));
        precision.setValue(Granularity.DAY);
        Checkbox undated = new Checkbox(t.apply("curate.undated"));
        undated.setId(prefix + "-undated");
        undated.addValueChangeListener(e -> {
            day.setEnabled(!e.getValue());
            precision.setEnabled(!e.getValue());
        });
        return new DateFields(day, precision, undated);
    }

    /** The dictionary's entities, by their names in the language. */
    private static List<Entity> dictionary(String language) {
        return EntityDictionary.standard().entities().stream().sorted(Comparator.comparing(e -> e.name(language))).toList();
    }

    private static MultiSelectComboBox<String> entities(String label, String id, List<Entity> choices,
                                                        List<StoredEvent.Named> current, String language) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        current.forEach(n -> names.put(n.id(), n.name(language)));
        choices.forEach(e -> names.putIfAbsent(e.id(), e.name(language)));
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setId(id);
        box.setItems(new ArrayList<>(names.keySet()));
        box.setItemLabelGenerator(key -> names.getOrDefault(key, key));
        box.setValue(new LinkedHashSet<>(current.stream().map(StoredEvent.Named::id).toList()));
        box.setWidthFull();
        return box;
    }

    private static Granularity nearestPrecision(String granularity) {
        if (granularity == null) {
            return Granularity.DAY;
        }
        Granularity g = Granularity.valueOf(granularity);
        if (g.compareTo(Granularity.DAY) <= 0) {
            return Granularity.DAY;
        }
        if (g.compareTo(Granularity.MONTH) <= 0) {
            return Granularity.MONTH;
        }
        return g.compareTo(Granularity.YEAR) <= 0 ? Granularity.YEAR : Granularity.DECADE;
    }

    /**
     * Adds an event by hand: a title, a date with its precision (or none), actors, places, a note, and optionally the
     * passage of a document that tells it (its words pasted from the document, found in its text).
     */
    public void add(List<DocumentSummary> documents, Consumer<Long> afterAdd) {
        Dialog dialog = new Dialog(t.apply("curate.add.title"));
        dialog.setId("add-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        TextField title = new TextField(t.apply("event.title"));
        title.setId("add-title");
        title.setWidthFull();
        title.setMaxLength(1000);
        title.setRequired(true);
        DateFields date = dateFields("add");
        DatePicker day = date.day();
        Select<Granularity> precision = date.precision();
        Checkbox undated = date.undated();
        String language = UI.getCurrent().getLocale().getLanguage();
        List<Entity> all = dictionary(language);
        MultiSelectComboBox<String> actors = entities(t.apply("event.actors"), "add-actors",
                all.stream().filter(e -> e.type() != EntityType.CITY).toList(), List.of(), language);
        MultiSelectComboBox<String> places = entities(t.apply("event.places"), "add-places",
                all.stream().filter(e -> e.type().isPlace()).toList(), List.of(), language);
        TextArea note = new TextArea(t.apply("event.note"));
        note.setId("add-note");
        note.setMaxLength(EventCuration.NOTE_MAX);
        note.setWidthFull();
        ComboBox<DocumentSummary> document = new ComboBox<>(t.apply("curate.add.document"));
        document.setId("add-document");
        document.setItems(documents);
        document.setItemLabelGenerator(org.annalist.ui.Texts::titleOf);
        document.setClearButtonVisible(true);
        document.setWidthFull();
        TextArea passage = new TextArea(t.apply("curate.add.passage"));
        passage.setId("add-passage");
        passage.setHelperText(t.apply("curate.add.passage.help"));
        passage.setWidthFull();
        passage.setEnabled(false);
        document.addValueChangeListener(e -> passage.setEnabled(e.getValue() != null));

        FormLayout form = new FormLayout(title, day, precision, undated, actors, places, note, document, passage);
        for (Component wide : List.of(title, actors, places, note, document, passage)) {
            form.setColspan(wide, 2);
        }
        dialog.add(form);
        Button save = new Button(t.apply("dialog.save"), click -> {
            String who = CurrentUser.editor();
            title.setInvalid(title.getValue().isBlank());
            boolean noDay = !undated.getValue() && (day.getValue() == null || precision.getValue() == null);
            day.setInvalid(noDay);
            day.setErrorMessage(t.apply("curate.date.required"));
            boolean noPassage = document.getValue() != null && passage.getValue().isBlank();
            passage.setInvalid(noPassage);
            if (title.isInvalid() || noDay || noPassage) {
                return;
            }
            NewEvent event = new NewEvent(title.getValue(),
                    undated.getValue() ? EventCuration.undated(who) : EventCuration.dateAt(day.getValue(), precision.getValue(), who),
                    actors.getValue().stream().collect(Collectors.toMap(id -> id, id -> Role.OTHER)),
                    new java.util.TreeSet<>(places.getValue()), note.getValue(),
                    document.getValue() == null ? null : new NewEvent.Passage(document.getValue().id(), passage.getValue()));
            run(() -> {
                long id = curation.add(event, who);
                dialog.close();
                notice("curate.added");
                afterAdd.accept(id);
            });
        });
        save.setId("add-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t.apply("dialog.cancel"), c -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    /**
     * Sets one field on several events at once: the date (a day and a precision, or none), or an actor or a place
     * added to each. {@code after} hears how many changed.
     */
    public void setOnAll(List<Long> eventIds, Consumer<Integer> after) {
        Dialog dialog = new Dialog(t.apply("bulk.set.title").replace("{0}", String.valueOf(eventIds.size())));
        dialog.setId("bulk-set-dialog");
        dialog.setWidth("min(36rem, 95vw)");
        Select<String> field = new Select<>();
        field.setId("bulk-set-field");
        field.setLabel(t.apply("bulk.set.field"));
        field.setItems("date", "actor", "place");
        field.setItemLabelGenerator(f -> t.apply("bulk.set." + f));
        field.setValue("date");
        DateFields date = dateFields("bulk-set");
        DatePicker day = date.day();
        Select<Granularity> precision = date.precision();
        Checkbox undated = date.undated();
        String language = UI.getCurrent().getLocale().getLanguage();
        List<Entity> all = dictionary(language);
        ComboBox<Entity> actor = new ComboBox<>(t.apply("bulk.set.actor"));
        actor.setId("bulk-set-actor");
        actor.setItems(all.stream().filter(e -> e.type() != EntityType.CITY).toList());
        actor.setItemLabelGenerator(e -> e.name(language));
        actor.setWidthFull();
        Select<Role> role = new Select<>();
        role.setId("bulk-set-role");
        role.setLabel(t.apply("bulk.set.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> t.apply("role." + r));
        role.setValue(Role.OTHER);
        ComboBox<Entity> place = new ComboBox<>(t.apply("bulk.set.place"));
        place.setId("bulk-set-place");
        place.setItems(all.stream().filter(e -> e.type().isPlace()).toList());
        place.setItemLabelGenerator(e -> e.name(language));
        place.setWidthFull();
        Runnable shown = () -> {
            boolean dated = field.getValue().equals("date");
            day.setVisible(dated);
            precision.setVisible(dated);
            undated.setVisible(dated);
            actor.setVisible(field.getValue().equals("actor"));
            role.setVisible(field.getValue().equals("actor"));
            place.setVisible(field.getValue().equals("place"));
        };
        field.addValueChangeListener(e -> shown.run());
        shown.run();
        FormLayout form = new FormLayout(field, day, precision, undated, actor, role, place);
        form.setColspan(field, 2);
        form.setColspan(actor, 2);
        form.setColspan(place, 2);
        dialog.add(form);
        Button save = new Button(t.apply("dialog.save"), click -> {
            String who = CurrentUser.editor();
            switch (field.getValue()) {
                case "date" -> {
                    if (!undated.getValue() && day.getValue() == null) {
                        day.setInvalid(true);
                        day.setErrorMessage(t.apply("curate.date.required"));
                        return;
                    }
                    run(() -> done(dialog, after, curation.setDateAll(eventIds, undated.getValue() ? EventCuration.undated(who)
                            : EventCuration.dateAt(day.getValue(), precision.getValue(), who), who)));
                }
                case "actor" -> {
                    if (actor.getValue() == null) {
                        actor.setInvalid(true);
                        return;
                    }
                    run(() -> done(dialog, after, curation.addActorAll(eventIds, actor.getValue().id(), role.getValue(), who)));
                }
                default -> {
                    if (place.getValue() == null) {
                        place.setInvalid(true);
                        return;
                    }
                    run(() -> done(dialog, after, curation.addPlaceAll(eventIds, place.getValue().id(), who)));
                }
            }
        });
        save.setId("bulk-set-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t.apply("dialog.cancel"), c -> dialog.close()), save);
        dialog.open();
    }

    private void done(Dialog dialog, Consumer<Integer> after, int changed) {
        dialog.close();
        Notification.show(t.apply("bulk.set.done").replace("{0}", String.valueOf(changed)), 4000,
                Notification.Position.BOTTOM_START);
        after.accept(changed);
    }

    /** Merges the events into one (the one told by the most documents); {@code after} hears which one is kept. */
    public void mergeAll(List<Long> eventIds, Consumer<Long> after) {
        run(() -> {
            long kept = curation.mergeAll(eventIds, CurrentUser.editor());
            Notification.show(t.apply("bulk.merged").replace("{0}", String.valueOf(eventIds.size())), 4000,
                    Notification.Position.BOTTOM_START);
            after.accept(kept);
        });
    }

    /** Merges another event (found by the words of its title) into this one. */
    public void merge(StoredEvent event, Consumer<Long> afterEdit) {
        Dialog dialog = new Dialog(t.apply("curate.merge.title"));
        dialog.setId("merge-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        ComboBox<StoredEvent> other = new ComboBox<>(t.apply("curate.merge.other"));
        other.setId("merge-other");
        other.setWidthFull();
        other.setItemLabelGenerator(e -> (e.start() == null ? "—" : e.start().toLocalDate().toString()) + " · " + e.title());
        other.setItems(query -> {
            String words = query.getFilter().orElse("");
            EventFilter filter = new EventFilter(List.of(), List.of(), null, null, List.of(), words, true);
            return events.find(filter, query.getOffset() + query.getLimit()).stream()
                    .filter(e -> e.id() != event.id()).skip(query.getOffset()).limit(query.getLimit());
        });
        dialog.add(new Paragraph(t.apply("curate.merge.help").replace("{0}", event.title())), other);
        Button merge = new Button(t.apply("curate.merge"), click -> {
            if (other.getValue() == null) {
                other.setInvalid(true);
                return;
            }
            ask(name -> {
                curation.merge(event.id(), other.getValue().id(), name);
                dialog.close();
                notice("curate.merged");
                afterEdit.accept(event.id());
            });
        });
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(t.apply("dialog.cancel"), click -> dialog.close()), merge);
        dialog.open();
    }

    /** Moves one source of a merged event into an event of its own. */
    public void split(StoredEvent event, Consumer<Long> afterEdit) {
        Dialog dialog = new Dialog(t.apply("curate.split.title"));
        dialog.setId("split-dialog");
        dialog.setWidth("min(44rem, 95vw)");
        dialog.add(new Paragraph(t.apply("curate.split.help")));
        for (StoredEvent.Source source : event.sources()) {
            Span passage = new Span(source.documentTitle() + " — " + source.passage());
            Button off = new Button(t.apply("curate.split.off"), click -> ask(name -> {
                long created = curation.split(event.id(), source.documentId(), source.passageBegin(), name);
                dialog.close();
                notice("curate.splitDone");
                afterEdit.accept(created);
            }));
            off.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div row = new Div(passage, off);
            row.addClassName("split-source");
            dialog.add(row);
        }
        dialog.getFooter().add(new Button(t.apply("dialog.cancel"), click -> dialog.close()));
        dialog.open();
    }

    /** Who changed what, when: newest first; any entry a person made can be reverted. */
    public void history(StoredEvent event, Consumer<Long> afterEdit) {
        Dialog dialog = new Dialog(t.apply("curate.history.title"));
        dialog.setId("history-dialog");
        dialog.setWidth("min(64rem, 95vw)");
        Grid<Edit> grid = new Grid<>();
        grid.setId("history");
        grid.addColumn(e -> e.editedAt().toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .setHeader(t.apply("curate.history.when")).setAutoWidth(true);
        grid.addColumn(Edit::editor).setHeader(t.apply("curate.history.who")).setAutoWidth(true);
        grid.addColumn(Edit::field).setHeader(t.apply("curate.history.field")).setAutoWidth(true);
        // Text columns: whatever an editor typed is shown as text, never as markup.
        grid.addColumn(e -> EditLog.describe(e.field(), e.oldValue())).setHeader(t.apply("curate.history.before"))
                .setTooltipGenerator(e -> EditLog.describe(e.field(), e.oldValue()));
        grid.addColumn(e -> EditLog.describe(e.field(), e.newValue())).setHeader(t.apply("curate.history.after"))
                .setTooltipGenerator(e -> EditLog.describe(e.field(), e.newValue()));
        grid.addComponentColumn(e -> {
            if (!e.revertible() || !CurrentUser.has(UserRole.EDITOR)) {
                return new Span(e.reverts() == null ? "" : t.apply("curate.history.reverts").replace("{0}", e.reverts().toString()));
            }
            Button revert = new Button(t.apply("curate.revert"), click -> ask(name -> {
                curation.revert(e.id(), name);
                dialog.close();
                notice("curate.reverted");
                afterEdit.accept(event.id());
            }));
            revert.addThemeVariants(ButtonVariant.LUMO_SMALL);
            revert.setId("revert-" + e.id());
            return revert;
        }).setAutoWidth(true);
        List<Edit> edits = curation.history(event.id());
        grid.setItems(edits);
        grid.setEmptyStateText(t.apply("curate.history.none"));
        grid.setAllRowsVisible(true);
        dialog.add(grid);
        dialog.getFooter().add(new Button(t.apply("dialog.close"), click -> dialog.close()));
        dialog.open();
    }
}
