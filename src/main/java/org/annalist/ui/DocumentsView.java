package org.annalist.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.annalist.document.DocumentSummary;
import org.annalist.store.DocumentRepository;
import org.annalist.store.EventRevision;

/** Every stored document with its metadata; a title opens the document. Drawn again after any write. */
@Route(value = "documents", layout = MainLayout.class)
@PageTitle("Documents · Annalist")
public class DocumentsView extends VerticalLayout {

    private final DocumentRepository repository;
    private final RevisionWatch written;
    private final Grid<DocumentSummary> grid = new Grid<>(DocumentSummary.class, false);
    private final Paragraph count = new Paragraph();

    public DocumentsView(DocumentRepository repository, EventRevision revision) {
        this.repository = repository;
        this.written = new RevisionWatch(this, revision, this::load);
        setId("main-content");
        setSizeFull();

        grid.setId("documents");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(d -> new RouterLink(Texts.titleOf(d), DocumentView.class, d.id()))
                .setHeader("Title").setWidth("20rem").setFlexGrow(3).setSortable(true)
                .setTooltipGenerator(Texts::titleOf)
                .setComparator(Comparator.comparing(Texts::titleOf, String.CASE_INSENSITIVE_ORDER))
                .setKey("title");
        grid.addColumn(d -> Texts.orDash(d.metadata().outlet())).setHeader("Outlet").setSortable(true).setKey("outlet")
                .setWidth("11rem").setFlexGrow(0).setTooltipGenerator(d -> Texts.orDash(d.metadata().outlet()));
        grid.addColumn(d -> d.metadata().publishedOn() == null ? "undated" : d.metadata().publishedOn().toString())
                .setHeader("Published").setSortable(true).setKey("published").setWidth("8.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(d -> d.metadata().publishedOn(),
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        grid.addColumn(d -> Texts.orDash(d.metadata().language())).setHeader("Language").setSortable(true)
                .setKey("language").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(d -> String.join(", ", d.metadata().regions())).setHeader("Regions").setWidth("14rem").setFlexGrow(1)
                .setKey("regions").setTooltipGenerator(d -> String.join(", ", d.metadata().regions()));
        grid.addColumn(DocumentSummary::charCount).setHeader("Characters").setSortable(true).setKey("characters")
                .setWidth("8.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText("No document yet. Ingest some with: ./annalist ingest PATH");

        add(new H2("Documents"), count, grid);
        setFlexGrow(1, grid);
        load();
    }

    private void load() {
        written.reading();
        List<DocumentSummary> documents = repository.list();
        grid.setItems(documents);
        count.setText(documents.size() + (documents.size() == 1 ? " document" : " documents"));
    }
}
