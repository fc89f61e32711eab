package org.annalist.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annalist.documents.IngestService;
import org.annalist.events.EventFilter;
import org.annalist.events.EventRepository;
import org.annalist.events.StoredEvent;
import org.annalist.lang.Folding;
import org.annalist.reading.IngestOptions;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Word search on event titles and passages: case and accents ignored, word prefixes, every word required. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class TextSearchTest {

    @Autowired
    IngestService ingest;

    @Autowired
    EventRepository events;

    @Autowired
    TestDatabase database;

    @BeforeEach
    void empty() {
        database.empty();
    }

    @Test
    void theSearchableFormFoldsCaseAccentsAndPunctuation() {
        assertThat(Folding.searchWords("Soleimani à Téhéran, l'Iran (2020) — Œuvre d’État")).isEqualTo(
                " soleimani a teheran l iran 2020 oeuvre d etat ");
        assertThat(Folding.searchWords("")).isEqualTo(" ");
        assertThat(Folding.searchWords(null)).isNull();
        assertThat(TextSearch.terms("  TÉHÉRAN   teheran, Moscou ")).containsExactly("teheran", "moscou");
        assertThat(TextSearch.terms("%_ ' -")).isEmpty();
    }

    @Test
    void wordsAreFoundWithoutAccentsInTitlesAndPassages() {
        ingest("a.txt", "Visite\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le président Emmanuel Macron a reçu Vladimir Poutine à Paris le 8 janvier 2020, sous une pluie battante.\n");
        ingest("b.txt", "Téhéran\n\nLe Monde, 12 janvier 2020\n\n"
                + "Qassem Soleimani est arrivé à Téhéran le 2 janvier 2020.\n");
        StoredEvent paris = only("paris");
        StoredEvent teheran = only("Téhéran");
        assertThat(paris.title()).doesNotContain("Téhéran");
        assertThat(teheran.title()).contains("Téhéran");

        // Case and accents ignored, both ways.
        assertThat(find("teheran")).containsExactly(teheran);
        assertThat(find("TEHERAN")).containsExactly(teheran);
        assertThat(find("téhéran")).containsExactly(teheran);
        assertThat(find("recu")).containsExactly(paris);
        // A word prefix finds the word; the inside of a word does not.
        assertThat(find("tehe")).containsExactly(teheran);
        assertThat(find("heran")).isEmpty();
        // A word only in the passage (the title is the clause around the date) finds the event.
        assertThat(paris.title()).doesNotContain("pluie");
        assertThat(find("pluie")).containsExactly(paris);
        // Every word must be found, in the title or a passage.
        assertThat(find("Poutine pluie")).containsExactly(paris);
        assertThat(find("Poutine Téhéran")).isEmpty();
        // Punctuation alone filters nothing out.
        assertThat(find("' %")).hasSize(2);
    }

    @Test
    void anEditedTitleIsSearchedByItsNewWords() {
        ingest("c.txt", "Sommet\n\nLe Monde, 10 janvier 2020\n\n"
                + "Le président Emmanuel Macron a reçu Vladimir Poutine à Paris le 8 janvier 2020.\n");
        StoredEvent event = only("Macron");
        // Any code that writes the title (here plain SQL, as a person's correction) updates what search sees.
        database.update("UPDATE event SET title = 'Entretien à l''Élysée', search_title = ' entretien a l elysee ', origin = 'EDITED' WHERE id = ?", event.id());
        assertThat(find("elysee")).extracting(StoredEvent::id).containsExactly(event.id());
        assertThat(find("recu")).extracting(StoredEvent::id).containsExactly(event.id()); // still in its passage
    }

    private void ingest(String name, String text) {
        ingest.ingest(name, text.getBytes(StandardCharsets.UTF_8), IngestOptions.NONE);
    }

    private List<StoredEvent> find(String text) {
        return events.find(new EventFilter(List.of(), List.of(), null, null, List.of(), text, true), 100);
    }

    private StoredEvent only(String text) {
        List<StoredEvent> found = find(text);
        assertThat(found).as("events with %s", text).hasSize(1);
        return found.get(0);
    }
}
