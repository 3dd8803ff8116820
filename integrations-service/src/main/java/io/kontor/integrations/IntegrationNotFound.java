package io.kontor.integrations;

import io.kontor.problem.NotFound;

import java.util.UUID;

public class IntegrationNotFound extends NotFound {

    public IntegrationNotFound(UUID clientId, UUID integrationId) {
        super("integration-not-found", "Integration not found",
                "Client " + clientId + " has no integration " + integrationId + ".");
    }
}
