package io.kontor.sync;

import io.kontor.problem.NotFound;

import java.util.UUID;

public class DocumentNotFound extends NotFound {

    public DocumentNotFound(UUID clientId, UUID documentId) {
        super("document-not-found", "Document not found",
                "Client " + clientId + " has no document " + documentId + " in your firm. A document uploaded a "
                        + "moment ago appears here within seconds.");
    }
}
