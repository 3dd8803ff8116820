package io.kontor.sync;

import io.kontor.problem.NotFound;

import java.util.UUID;

/** Unknown here (perhaps not announced yet), or another partner's: the caller cannot tell which. */
public class IntegrationNotFound extends NotFound {

    public IntegrationNotFound(UUID integrationId) {
        super("integration-not-found", "Integration not found",
                "There is no integration " + integrationId + " in your firm. An integration added a moment ago "
                        + "appears here within seconds.");
    }
}
