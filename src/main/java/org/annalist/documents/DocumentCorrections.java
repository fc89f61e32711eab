package org.annalist.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.annalist.documents.DocumentRepository.DeletionPlan;
import org.annalist.events.ExtractionRepository;
import org.annalist.events.ExtractionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a person fixes in a stored document, from the document page or the command line: its title and language, its
 * removal (with the events it alone told), and a new reading with the current extractor that keeps the person's
 * corrections to events.
 */
@Service
public class DocumentCorrections {

    /** What became of a request to delete a document. */
    public enum DeletionOutcome {
        DELETED,
        /** Not deleted: events a person corrected are told by this document alone; confirm to delete them too. */
        NEEDS_CONFIRMATION,
        NOT_FOUND
    }

    public record Deletion(DeletionOutcome outcome, DeletionPlan plan) {
    }

    /** One document read again: its place in the batch and what was read. */
    public record Reread(long documentId, int position, int total, ExtractionRepository.Counts counts, String failure) {
    }

    private final DocumentRepository documents;
    private final LineFingerprintRepository fingerprints;
    private final IngestService ingest;
    private final TransactionTemplate transactions;
    private final ExtractionRepository extractions;

    public DocumentCorrections(DocumentRepository documents, LineFingerprintRepository fingerprints, IngestService ingest,
                               PlatformTransactionManager transactionManager, ExtractionRepository extractions) {
        this.documents = documents;
        this.extractions = extractions;
        this.fingerprints = fingerprints;
        this.ingest = ingest;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<DeletionPlan> planDeletion(long documentId) {
        return documents.planDeletion(documentId);
    }

    /**
     * Deletes a document and the machine-made events it alone told. Events a person corrected that it alone tells
     * are only deleted with {@code confirmed}; without it nothing is deleted and they are listed.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Deletion delete(long documentId, boolean confirmed) {
        return transactions.execute(status -> {
            Optional<DeletionPlan> plan = documents.planDeletion(documentId);
            if (plan.isEmpty()) {
                return new Deletion(DeletionOutcome.NOT_FOUND, null);
            }
            if (!plan.get().correctedOnlyHere().isEmpty() && !confirmed) {
                return new Deletion(DeletionOutcome.NEEDS_CONFIRMATION, plan.get());
            }
            documents.find(documentId).ifPresent(document -> fingerprints.removed(document.text()));
            extractions.forgetWords(documentId);
            documents.delete(plan.get(), confirmed);
            return new Deletion(DeletionOutcome.DELETED, plan.get());
        });
    }

    /**
     * Corrects the title and the language (null or blank: unchanged). A new language means a new reading of the text.
     * False when there is no such document.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public boolean edit(long documentId, String title, String language) {
        var document = documents.find(documentId);
        if (document.isEmpty()) {
            return false;
        }
        String newTitle = title == null || title.isBlank() ? null : title.strip();
        String newLanguage = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        boolean relanguage = newLanguage != null && !newLanguage.equals(document.get().metadata().language());
        documents.updateMetadata(documentId, newTitle, newLanguage);
        if (relanguage) {
            ingest.reextract(documentId);
        }
        return true;
    }

    /** Reads documents again with the current extractor (a person's corrections stay), one at a time, with progress. */
    @PreAuthorize("hasRole('EDITOR')")
    public int reread(List<Long> documentIds, Consumer<Reread> progress) {
        int done = 0;
        for (int i = 0; i < documentIds.size(); i++) {
            long id = documentIds.get(i);
            try {
                if (documents.find(id).isEmpty()) {
                    progress.accept(new Reread(id, i + 1, documentIds.size(), null, "no such document"));
                    continue;
                }
                progress.accept(new Reread(id, i + 1, documentIds.size(), ingest.reextract(id), null));
                done++;
            } catch (RuntimeException e) {
                progress.accept(new Reread(id, i + 1, documentIds.size(), null, e.getMessage()));
            }
        }
        return done;
    }

    public List<Long> allDocuments() {
        return documents.ids();
    }
}
