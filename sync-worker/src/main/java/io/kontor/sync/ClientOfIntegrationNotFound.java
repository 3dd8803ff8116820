package io.kontor.sync;

import io.kontor.problem.NotFound;

import java.util.UUID;

/** documents-service does not know the integration's client for the caller (archived away, or a token mismatch). */
public class ClientOfIntegrationNotFound extends NotFound {

    public ClientOfIntegrationNotFound(UUID integrationId, UUID clientId) {
        super("client-not-found", "Client not found", "documents-service has no client " + clientId
                + " (the client of integration " + integrationId + ") for your firm, so there is nothing to backfill.");
    }
}
