package io.kontor.documents.service;

import io.kontor.documents.Document;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.repository.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Finds earlier documents of a client that a new or edited one repeats. */
@ApplicationScoped
public class DuplicateDetector {

    private final DocumentRepository documents;

    DuplicateDetector(DocumentRepository documents) {
        this.documents = documents;
    }

    /** The client's earliest document with exactly the same bytes. */
    public Optional<Document> sameBytes(UUID clientId, String sha256) {
        return documents.findFirstWithSameBytes(clientId, sha256);
    }

    /**
     * The client's earliest other document that is probably the same invoice or receipt (same counterparty,
     * document number and gross amount; see {@link DocumentDetails#describesSameDocumentAs}), or null.
     *
     * @param self the document these details belong to, never its own duplicate; null for a new one
     */
    public UUID possibleDuplicateOf(UUID clientId, DocumentDetails details, UUID self) {
        if (details.documentNumber() == null || details.grossAmount() == null) {
            return null;
        }
        return documents.findWithNumberAndAmount(clientId, details.documentNumber(), details.grossAmount()).stream()
                .filter(candidate -> !candidate.id().equals(self))
                .filter(candidate -> details.describesSameDocumentAs(candidate.details()))
                .map(Document::id)
                .findFirst()
                .orElse(null);
    }
}
