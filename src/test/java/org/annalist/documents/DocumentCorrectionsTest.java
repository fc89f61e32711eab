package org.annalist.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.support.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annalist.documents.DocumentCorrections.DeletionOutcome;
import org.annalist.reading.IngestOptions;
import org.annalist.support.Acceptance;
import org.annalist.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A person fixes stored documents: title and language, deletion with its rules, a new reading that keeps corrections. */
@SignedIn
@SpringBootTest
@ActiveProfiles("test")
class DocumentCorrectionsTest {

    @Autowired
    IngestService ingest;

    @Autowired
    DocumentCorrections corrections;

    @Autowired
    DocumentRepository documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestDatabase database;

    @Autowired
    LineFingerprintRepository fingerprints;

    @TempDir
    Path dir;

    private long seed;

    @BeforeEach
    void seeds() {
        database.empty();
        List<IngestResult> stored = ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { });
        seed = stored.getFirst().documentId();
    }

    private List<Long> eventsOf(long document) {
        return jdbc.sql("SELECT DISTINCT event_id FROM event_source WHERE document_id = ? ORDER BY event_id")
                .param(document).query(Long.class).list();
    }

    /** The events only this document tells (the seeds share one: the killing of Soleimani, which both articles tell). */
    private List<Long> onlyIn(long document) {
        return jdbc.sql("SELECT DISTINCT event_id FROM event_source s WHERE document_id = ? AND NOT EXISTS (SELECT 1 FROM"
                + " event_source o WHERE o.event_id = s.event_id AND o.document_id <> s.document_id) ORDER BY event_id")
                .param(document).query(Long.class).list();
    }

    private void correctByHand(long event) {
        database.update("UPDATE event SET origin = 'EDITED', title = 'Titre corrigé à la main' WHERE id = ?", event);
    }

    @Test
    void aTitleAndALanguageAreCorrected() {
        assertThat(corrections.edit(seed, "  Un titre juste  ", null)).isTrue();
        assertThat(documents.find(seed).orElseThrow().metadata().title()).isEqualTo("Un titre juste");
        assertThat(documents.find(seed).orElseThrow().metadata().language()).isEqualTo("fr");
        assertThat(corrections.edit(seed, null, "en")).isTrue();
        assertThat(documents.find(seed).orElseThrow().metadata().language()).isEqualTo("en");
        assertThat(documents.find(seed).orElseThrow().metadata().title()).isEqualTo("Un titre juste");
        assertThat(corrections.edit(999_999, "x", null)).isFalse();
    }

    @Test
    void deletingADocumentRemovesTheEventsItAloneToldAndKeepsTheOthers() throws Exception {
        List<Long> told = onlyIn(seed);
        assertThat(told).isNotEmpty();
        var deletion = corrections.delete(seed, false);
        assertThat(deletion.outcome()).isEqualTo(DeletionOutcome.DELETED);
        assertThat(documents.find(seed)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event WHERE id IN (:ids)").param("ids", told).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM timex WHERE document_id = ?").param(seed).query(Long.class).single()).isZero();
        assertThat(corrections.delete(seed, false).outcome()).isEqualTo(DeletionOutcome.NOT_FOUND);
        // Its lines no longer count as lines other documents share.
        corrections.allDocuments().forEach(other -> corrections.delete(other, true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM line_fingerprint WHERE documents > 0").query(Long.class).single()).isZero();
        // Ingesting it again brings it back whole.
        assertThat(ingest.ingestPaths(List.of(Acceptance.SEEDS), IngestOptions.NONE, r -> { }))
                .extracting(IngestResult::status).contains(IngestResult.Status.STORED);
    }

    @Test
    void anEventAnotherDocumentAlsoTellsStaysWithItsOtherSource() throws Exception {
        // A second article that tells one of the seed's events again, the same day: one event, two sources.
        String passage = jdbc.sql("SELECT passage_text FROM event_source WHERE document_id = ? AND passage_text LIKE '%Moscou en 2015%'")
                .param(seed).query(String.class).single();
        Path copy = Files.writeString(dir.resolve("reprise.md"), "---\ntitle: Reprise\npublished: 2021-01-30\nlanguage: fr\n---\n"
                + "Une reprise de l'entretien.\n\n" + passage + "\n");
        long other = ingest.ingestFile(copy, IngestOptions.NONE).documentId();
        List<Long> shared = eventsOf(other).stream().filter(eventsOf(seed)::contains).toList();
        assertThat(shared).as("the event both tell").isNotEmpty();

        var plan = corrections.planDeletion(other).orElseThrow();
        assertThat(plan.kept()).containsAll(shared);
        assertThat(corrections.delete(other, false).outcome()).isEqualTo(DeletionOutcome.DELETED);
        assertThat(eventsOf(seed)).containsAll(shared);
    }

    @Test
    void aCorrectedEventOnlyThisDocumentTellsIsDeletedOnlyWhenConfirmed() {
        long corrected = onlyIn(seed).getFirst();
        correctByHand(corrected);
        var refused = corrections.delete(seed, false);
        assertThat(refused.outcome()).isEqualTo(DeletionOutcome.NEEDS_CONFIRMATION);
        assertThat(refused.plan().correctedOnlyHere()).containsExactly(corrected);
        assertThat(documents.find(seed)).isPresent();
        assertThat(eventsOf(seed)).contains(corrected);

        assertThat(corrections.delete(seed, true).outcome()).isEqualTo(DeletionOutcome.DELETED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event WHERE id = ?").param(corrected).query(Long.class).single()).isZero();
    }

    @Test
    void readingAgainKeepsAPersonsCorrections() {
        long corrected = onlyIn(seed).getFirst();
        correctByHand(corrected);
        long before = jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single();
        List<DocumentCorrections.Reread> progress = new java.util.ArrayList<>();
        assertThat(corrections.reread(corrections.allDocuments(), progress::add)).isEqualTo(2);
        assertThat(progress).extracting(DocumentCorrections.Reread::position).containsExactly(1, 2);
        assertThat(jdbc.sql("SELECT title FROM event WHERE id = ?").param(corrected).query(String.class).single())
                .isEqualTo("Titre corrigé à la main");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theLinesOfStoredDocumentsAreCountedOnceADocumentAndCountedDownWhenOneGoes() {
        String shared = "Abonnez-vous à notre lettre quotidienne pour tout savoir de l'actualité";
        String first = shared + "\nUne ligne que seul le premier texte contient, assez longue pour compter.\n" + shared + "\n";
        String second = shared + "\nUne autre ligne, propre au second texte, elle aussi assez longue.\n";
        database.empty();
        fingerprints.added(first);
        fingerprints.added(second);
        var memory = fingerprints.memoryFor(shared + "\nUne ligne nouvelle que personne ne partage encore ici.\n", false);
        assertThat(memory.otherDocumentsWith(org.annalist.layout.LineFingerprints.of(shared).iterator().next())).isEqualTo(2);
        assertThat(fingerprints.memoryFor(first, true).otherDocumentsWith(
                org.annalist.layout.LineFingerprints.of(shared).iterator().next())).isEqualTo(1);
        fingerprints.removed(second);
        fingerprints.removed(second);
        assertThat(jdbc.sql("SELECT documents FROM line_fingerprint ORDER BY documents DESC, fingerprint").query(Integer.class).list())
                .containsExactly(1, 0, 0); // the first text's own line; the shared one and the second's, never below 0
    }
}
