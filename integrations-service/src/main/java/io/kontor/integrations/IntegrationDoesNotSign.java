package io.kontor.integrations;

import io.kontor.problem.Conflict;

import java.util.UUID;

/** Only webhook integrations sign what they deliver; there is no secret to rotate for the others. */
public class IntegrationDoesNotSign extends Conflict {

    public IntegrationDoesNotSign(UUID integrationId, String channel) {
        super("integration-does-not-sign", "Integration does not sign",
                "Integration " + integrationId + " delivers over " + channel + ", which is not signed with a "
                        + "webhook secret; only WEBHOOK integrations have one to rotate.");
    }
}
