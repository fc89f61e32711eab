package org.annalist.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.SignedIn;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.annalist.documents.DocumentSummary;
import org.annalist.documents.IngestService;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

@SignedIn
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

    @Test
    void aCrawledPageShowsItsFurnitureAndCommentsDimmed() {
        String page = """
                Accueil > International
                Se connecter
                Le Caire sous couvre-feu après une nuit de heurts
                Des milliers de manifestants se sont rassemblés mardi au Caire pour réclamer le départ du président, malgré le couvre-feu décrété la veille.
                Les forces de l'ordre ont tiré des gaz lacrymogènes en fin d'après-midi, selon plusieurs témoins joints par téléphone.
                Partager cet article /
                3 commentaires
                Je ne suis pas du tout d'accord avec cette analyse, la situation est bien plus compliquée que ce que décrit l'article.
                © Le Quotidien 2011 - Tous droits réservés
                """;
        var result = ingest.ingest("page.txt", page.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new IngestOptions(java.time.LocalDate.of(2011, 1, 25), "fr"));
        navigate(DocumentView.class, result.documentId());
        assertThat(find(H2.class).single().getText()).isEqualTo("Le Caire sous couvre-feu après une nuit de heurts");
        List<Paragraph> paragraphs = find(Paragraph.class).all();
        String furniture = String.join("\n", paragraphs.stream().filter(p -> p.hasClassName("document-part-furniture"))
                .map(Paragraph::getText).toList());
        assertThat(furniture).contains("Accueil > International", "Se connecter", "Partager cet article", "Tous droits réservés");
        assertThat(paragraphs).filteredOn(p -> p.hasClassName("document-part-comments")).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Je ne suis pas"));
        assertThat(paragraphs).filteredOn(p -> p.hasClassName("document-part-body")).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Des milliers"));
        assertThat(paragraphs).anyMatch(p -> p.hasClassName("document-layout-legend"));
        // Nothing is read from the furniture or the comments.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_source s JOIN document d ON d.id = s.document_id"
                + " WHERE d.id = ? AND s.passage_text LIKE '%pas du tout d''accord%'").param(result.documentId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theDocumentPageCorrectsTheTitleAndDeletesTheDocument() {
        long id = jdbc.sql("SELECT id FROM document WHERE published_on = DATE '2020-01-10'").query(Long.class).single();
        navigate(DocumentView.class, id);
        test(find(com.vaadin.flow.component.textfield.TextField.class).id("document-title")).setValue("Un meilleur titre");
        test(find(com.vaadin.flow.component.button.Button.class).id("save-document")).click();
        assertThat(find(H2.class).single().getText()).isEqualTo("Un meilleur titre");

        test(find(com.vaadin.flow.component.button.Button.class).id("delete-document")).click();
        test(find(com.vaadin.flow.component.button.Button.class).id("confirm-delete")).click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_source WHERE document_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentsSelectedTogetherAreReadAgainOrDeleted() {
        navigate(DocumentsView.class);
        Grid<DocumentSummary> grid = find(Grid.class).id("documents");
        var reread = find(com.vaadin.flow.component.button.Button.class).id("reread-selected");
        assertThat(reread.isEnabled()).isFalse();
        grid.asMultiSelect().select(test(grid).getRow(0), test(grid).getRow(1));
        assertThat(reread.getText()).isEqualTo("Read 2 again");
        long events = jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single();
        test(reread).click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single()).isEqualTo(events);

        grid.asMultiSelect().select(test(grid).getRow(0), test(grid).getRow(1));
        test(find(com.vaadin.flow.component.button.Button.class).id("delete-selected")).click();
        test(find(com.vaadin.flow.component.button.Button.class).id("confirm-delete")).click();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isZero();
        assertThat(test(grid).size()).isZero();
    }
}
