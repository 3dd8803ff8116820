package io.kontor.integrations;

import io.kontor.problem.Conflict;

import java.util.UUID;

public class IntegrationAlreadyInactive extends Conflict {

    public IntegrationAlreadyInactive(UUID integrationId) {
        super("integration-already-inactive", "Integration already inactive",
                "Integration " + integrationId + " is not active; activate it first if you meant to pause it again.");
    }
}
