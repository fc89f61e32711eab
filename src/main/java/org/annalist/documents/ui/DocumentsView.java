package org.annalist.documents.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.annalist.security.CurrentUser;
import org.annalist.security.UserRole;
import org.annalist.database.EventRevision;
import org.annalist.documents.DocumentCorrections;
import org.annalist.documents.DocumentRepository;
import org.annalist.documents.DocumentSummary;
import org.annalist.ui.MainLayout;
import org.annalist.ui.RevisionWatch;
import org.annalist.ui.Texts;

/** Every stored document with its metadata; a title opens the document. Drawn again after any write. */
@Menu(title = "nav.documents", order = 2)
@Route(value = "documents", layout = MainLayout.class)
@RolesAllowed("READER")
@PageTitle("Documents · Annalist")
public class DocumentsView extends VerticalLayout {

    private final DocumentRepository repository;
    private final RevisionWatch written;
    private final Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);
    private final Paragraph count = new Paragraph();
    private final DocumentCorrections corrections;
    private final Button reread = new Button();
    private final Button delete = new Button();

    public DocumentsView(DocumentRepository repository, EventRevision revision, DocumentCorrections corrections) {
        this.repository = repository;
        this.corrections = corrections;
        this.written = new RevisionWatch(this, revision, this::load);
        setId("main-content");
        setSizeFull();

        grid.setId("documents");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(d -> new RouterLink(Texts.titleOf(d), DocumentView.class, d.id()))
                .setHeader(getTranslation("documents.title")).setWidth("20rem").setFlexGrow(3).setSortable(true)
                .setTooltipGenerator(Texts::titleOf)
                .setComparator(Comparator.comparing(Texts::titleOf, String.CASE_INSENSITIVE_ORDER))
                .setKey("title");
        grid.addColumn(d -> Texts.orDash(d.metadata().outlet())).setHeader(getTranslation("documents.outlet")).setSortable(true).setKey("outlet")
                .setWidth("11rem").setFlexGrow(0).setTooltipGenerator(d -> Texts.orDash(d.metadata().outlet()));
        grid.addColumn(d -> d.metadata().publishedOn() == null ? getTranslation("documents.undated") : d.metadata().publishedOn().toString())
                .setHeader(getTranslation("documents.published")).setSortable(true).setKey("published").setWidth("8.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(d -> d.metadata().publishedOn(),
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        grid.addColumn(d -> Texts.orDash(d.metadata().language())).setHeader(getTranslation("documents.language")).setSortable(true)
                .setKey("language").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(d -> String.join(", ", d.metadata().regions())).setHeader(getTranslation("documents.regions")).setWidth("14rem").setFlexGrow(1)
                .setKey("regions").setTooltipGenerator(d -> String.join(", ", d.metadata().regions()));
        grid.addColumn(DocumentSummary::charCount).setHeader(getTranslation("documents.characters")).setSortable(true).setKey("characters")
                .setWidth("8.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("documents.empty"));

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        reread.setId("reread-selected");
        delete.setId("delete-selected");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reread.addClickListener(e -> reread());
        delete.addClickListener(e -> confirmDeletion());
        grid.addSelectionListener(e -> updateActions());
        updateActions();
        // What the role allows is all that is shown (the services check the role again).
        reread.setVisible(CurrentUser.has(UserRole.EDITOR));
        delete.setVisible(CurrentUser.has(UserRole.ADMIN));
        HorizontalLayout actions = new HorizontalLayout(count, reread, delete);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.documents")), actions, grid);
        setFlexGrow(1, grid);
        load();
    }

    private List<Long> selected() {
        return grid.getSelectedItems().stream().map(DocumentSummary::id).sorted().toList();
    }

    private void updateActions() {
        int n = grid.getSelectedItems().size();
        reread.setEnabled(n > 0);
        delete.setEnabled(n > 0);
        reread.setText(n > 1 ? getTranslation("documents.rereadMany", n) : getTranslation("documents.reread"));
        delete.setText(n > 1 ? getTranslation("documents.deleteMany", n) : getTranslation("documents.delete"));
    }

    /** The selected documents read again with the current extractor (corrections to events kept). */
    private void reread() {
        int done = corrections.reread(selected(), r -> { });
        Notification.show(getTranslation(done == 1 ? "documents.rereadOne" : "documents.rereadDone", done));
        load();
    }

    /** Says what deleting the selected documents removes, and deletes them once the person agrees. */
    private void confirmDeletion() {
        List<Long> ids = selected();
        int removed = 0;
        int kept = 0;
        int corrected = 0;
        for (long id : ids) {
            var plan = corrections.planDeletion(id).orElse(null);
            if (plan != null) {
                removed += plan.removed().size();
                kept += plan.kept().size();
                corrected += plan.correctedOnlyHere().size();
            }
        }
        Dialog dialog = new Dialog();
        dialog.setId("delete-dialog");
        dialog.setHeaderTitle(getTranslation(ids.size() == 1 ? "documents.deleteOne.title" : "documents.deleteMany.title", ids.size()));
        dialog.add(new Paragraph(getTranslation("documents.deletePlan", removed, kept)));
        if (corrected > 0) {
            dialog.add(new Paragraph(getTranslation("documents.deleteCorrected", corrected)));
        }
        Button confirm = new Button(getTranslation("documents.confirmDelete"), click -> {
            ids.forEach(id -> corrections.delete(id, true));
            dialog.close();
            Notification.show(getTranslation(ids.size() == 1 ? "documents.deletedOne" : "documents.deleted", ids.size()));
            grid.deselectAll();
            load();
        });
        confirm.setId("confirm-delete");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void load() {
        written.reading();
        List<DocumentSummary> documents = repository.list();
        grid.setItems(documents);
        count.setText(getTranslation(documents.size() == 1 ? "documents.countOne" : "documents.count", documents.size()));
    }
}
