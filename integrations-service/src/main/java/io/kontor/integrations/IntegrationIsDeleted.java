package io.kontor.integrations;

import io.kontor.problem.Conflict;

import java.util.UUID;

/** A deleted integration is kept for its history only. */
public class IntegrationIsDeleted extends Conflict {

    public IntegrationIsDeleted(UUID integrationId) {
        super("integration-deleted", "Integration deleted",
                "Integration " + integrationId + " was deleted; it is kept for its history and cannot be changed or "
                        + "activated again. Add a new integration instead.");
    }
}
