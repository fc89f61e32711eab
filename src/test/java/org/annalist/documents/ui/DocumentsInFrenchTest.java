package org.annalist.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import org.annalist.documents.IngestService;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.SignedIn;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The documents pages speak the interface's language: French here, every visible word. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class DocumentsInFrenchTest extends SpringBrowserlessTest {

    @Autowired
    IngestService ingest;

    @Autowired
    TestDatabase database;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void seeds() {
        database.empty();
        ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void theListAndADocumentPageAreInFrench() {
        navigate(DocumentsView.class);
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText)).contains("2 documents");
        long id = jdbc.sql("SELECT MIN(id) FROM document").query(Long.class).single();
        navigate(DocumentView.class, id);
        String facts = find(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(facts).contains("Publié", "Langue", "Fichier source", "caractères").doesNotContain("Published", "Source file");
        assertThat(find(H2.class).single().getText()).isNotBlank();
    }
}
