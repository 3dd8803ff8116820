package io.kontor.documents.service;

import io.kontor.audit.AuditTrail;
import io.kontor.documents.Client;
import io.kontor.documents.ClientIsArchived;
import io.kontor.documents.ClientNotFound;
import io.kontor.documents.Document;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.DocumentNotFound;
import io.kontor.documents.DocumentRevision;
import io.kontor.documents.messaging.DocumentEvents;
import io.kontor.documents.repository.ClientRepository;
import io.kontor.documents.repository.DocumentRepository;
import io.kontor.documents.repository.DocumentRevisionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Edits of a document's metadata: each one that changes something is a new version and an event. */
@ApplicationScoped
public class DocumentEditService {

    private final ClientRepository clients;
    private final DocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final DuplicateDetector duplicates;
    private final DocumentEvents events;
    private final AuditTrail audit;

    DocumentEditService(ClientRepository clients, DocumentRepository documents,
                        DocumentRevisionRepository revisions, DuplicateDetector duplicates, DocumentEvents events,
                        AuditTrail audit) {
        this.clients = clients;
        this.documents = documents;
        this.revisions = revisions;
        this.duplicates = duplicates;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Applies {@code edit} to the document's current metadata, under a lock so that concurrent edits each start
     * from the one before. An edit that changes nothing adds no version and publishes nothing.
     */
    @Transactional
    public Document reviseDocument(String partnerId, String userId, UUID clientId, UUID documentId,
                                   UnaryOperator<DocumentDetails> edit) {
        Client client = clients.findForShare(partnerId, clientId).orElseThrow(() -> new ClientNotFound(clientId));
        if (client.archived()) {
            throw new ClientIsArchived(clientId);
        }
        Document document = documents.findForUpdate(partnerId, clientId, documentId)
                .orElseThrow(() -> new DocumentNotFound(clientId, documentId));
        DocumentDetails revised = edit.apply(document.details());
        List<String> changed = document.revise(revised, userId, Timestamps.now());
        if (changed.isEmpty()) {
            return document;
        }
        document.markPossibleDuplicateOf(duplicates.possibleDuplicateOf(clientId, revised, documentId));
        revisions.persist(DocumentRevision.of(document, changed));
        events.updated(document, changed);
        audit.record("document.revised", clientId, "clients/" + clientId + "/documents/" + documentId,
                Map.of("version", document.version(), "changedFields", changed));
        return document;
    }
}
