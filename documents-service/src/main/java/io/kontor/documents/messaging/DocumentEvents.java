package io.kontor.documents.messaging;

import io.kontor.documents.Document;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.StoredFile;
import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentMetadata;
import io.kontor.events.documents.DocumentUpdated;
import io.kontor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Maps document changes to the {@code kontor.documents} contract and writes them to the outbox, inside the
 * caller's transaction. Key = clientId, so one client's documents reach consumers in the order they were stored.
 */
@ApplicationScoped
public class DocumentEvents {

    private final Outbox outbox;

    DocumentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Document document) {
        StoredFile file = document.file();
        outbox.publish(EventTypes.DOCUMENT_CREATED, key(document), subject(document), new DocumentCreated(
                document.id(), document.clientId(), document.partnerId(), document.type(), file.fileName(),
                file.mediaType(), file.sizeBytes(), file.sha256(), document.createdAt(), metadata(document),
                document.version(), document.possibleDuplicateOf()));
    }

    public void updated(Document document, List<String> changedFields) {
        outbox.publish(EventTypes.DOCUMENT_UPDATED, key(document), subject(document), new DocumentUpdated(
                document.id(), document.clientId(), document.partnerId(), document.type(), document.version(),
                metadata(document), changedFields, document.updatedAt(), document.updatedBy(),
                document.possibleDuplicateOf()));
    }

    private static DocumentMetadata metadata(Document document) {
        DocumentDetails details = document.details();
        return new DocumentMetadata(details.documentNumber(), details.issueDate(), details.dueDate(),
                details.counterpartyName(), details.counterpartyVat(), details.currency(), details.netAmount(),
                details.taxAmount(), details.grossAmount(), details.note());
    }

    private static String key(Document document) {
        return document.clientId().toString();
    }

    private static String subject(Document document) {
        return "clients/" + document.clientId() + "/documents/" + document.id();
    }
}
