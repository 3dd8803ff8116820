package io.kontor.sync;

import io.kontor.problem.Conflict;

import java.util.UUID;

/** Nothing is sent to an integration that is not active: activate it (fixing it first, if it was disabled). */
public class IntegrationNotActive extends Conflict {

    public IntegrationNotActive(UUID integrationId, IntegrationStatus status, String reason) {
        super("integration-not-active", "Integration not active",
                "Integration " + integrationId + " is " + status + (reason == null ? "" : " (" + reason + ")")
                        + ": activate it in integrations-service before sending it anything again.");
    }
}
