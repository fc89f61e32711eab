package org.annalist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.annalist.document.DocumentSummary;
import org.annalist.ingest.IngestOptions;
import org.annalist.ingest.IngestService;
import org.annalist.support.Acceptance;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DocumentsViewTest extends SpringBrowserlessTest {

    @Autowired
    IngestService ingest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void seeds() {
        database.empty();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsBothSeedsWithTheirMetadata() {
        navigate(DocumentsView.class);
        Grid<DocumentSummary> grid = find(Grid.class).id("documents");
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(2);
        // Newest publication first.
        assertThat(tester.getRow(0).metadata().title()).isEqualTo("Comment Soleimani a convaincu Poutine d'aider Damas");
        assertThat(tester.getCellText(0, grid.getColumns().indexOf(grid.getColumnByKey("published")))).isEqualTo("2021-01-29");
        assertThat(tester.getCellText(0, grid.getColumns().indexOf(grid.getColumnByKey("outlet")))).isEqualTo("Mondialisation.ca");
        assertThat(tester.getCellText(1, grid.getColumns().indexOf(grid.getColumnByKey("regions"))))
                .isEqualTo("États-Unis, Moyen-Orient et Afrique du Nord");
        assertThat(tester.getCellText(1, grid.getColumns().indexOf(grid.getColumnByKey("language")))).isEqualTo("fr");
    }

    @Test
    void theDocumentPageShowsMetadataAndEscapedText() {
        long id = jdbc.sql("SELECT id FROM document WHERE published_on = DATE '2020-01-10'").query(Long.class).single();
        navigate(DocumentView.class, id);
        assertThat(find(H2.class).single().getText()).isEqualTo("Trump veut se retirer, il est obligé de désamorcer");
        String facts = find(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(facts).contains("Pepe Escobar", "Mondialisation.ca", "2020-01-10 (from the dateline)",
                "Guerre USA OTAN, Services de renseignements");
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().startsWith("Judd Deere, l'attaché de presse adjoint"));
        // Markdown links read as plain words, and no text is ever inserted as HTML.
        assertThat(find(Paragraph.class).all()).anyMatch(p -> p.getText().equals("Par Pepe Escobar"));
    }

    @Test
    void articleTextWithMarkupIsShownAsText() {
        var result = ingest.ingest("xss.txt", ("Titre <b>gras</b>\n\nMondialisation.ca, 3 janvier 2020\n\n"
                + "Un passage <script>alert('x')</script> et <img src=x onerror=alert(1)> dans le texte.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), IngestOptions.NONE);
        navigate(DocumentView.class, result.documentId());
        Paragraph passage = find(Paragraph.class).all().stream()
                .filter(p -> p.getText().startsWith("Un passage")).findFirst().orElseThrow();
        assertThat(passage.getText()).contains("<script>alert('x')</script>", "<img src=x onerror=alert(1)>");
        assertThat(passage.getElement().getChildCount()).isEqualTo(1);
        assertThat(passage.getElement().getChild(0).isTextNode()).isTrue();
    }

    @Test
    void openedFromAnEventTheDocumentHighlightsThePassage() {
        var source = jdbc.sql("SELECT document_id, passage_begin, passage_end, passage_text FROM event_source FETCH FIRST 1 ROWS ONLY")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4)}).single();
        com.vaadin.flow.component.UI.getCurrent().navigate(DocumentView.class, (Long) source[0],
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("from", String.valueOf(source[1]),
                        "to", String.valueOf(source[2]))));
        var highlighted = find(com.vaadin.flow.component.html.Span.class).id("highlighted-passage");
        assertThat(highlighted.getText()).isEqualTo(source[3]);
        assertThat(highlighted.hasClassName("passage-highlight")).isTrue();
    }
}
