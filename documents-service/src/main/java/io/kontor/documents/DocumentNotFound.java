package io.kontor.documents;

import io.kontor.problem.NotFound;

import java.util.UUID;

/** No such document among the client's documents; also what another partner's document looks like. */
public class DocumentNotFound extends NotFound {

    public DocumentNotFound(UUID clientId, UUID documentId) {
        super("document-not-found", "Document not found",
                "Client " + clientId + " has no document " + documentId + ".");
    }
}
