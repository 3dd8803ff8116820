package io.kontor.integrations;

import io.kontor.problem.Conflict;

import java.util.UUID;

public class IntegrationAlreadyActive extends Conflict {

    public IntegrationAlreadyActive(UUID integrationId) {
        super("integration-already-active", "Integration already active",
                "Integration " + integrationId + " is already active; there is nothing to activate.");
    }
}
