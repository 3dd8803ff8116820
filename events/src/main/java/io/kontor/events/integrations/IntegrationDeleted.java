package io.kontor.events.integrations;

import java.time.Instant;
import java.util.UUID;

/** {@code kontor.integration.deleted.v1}: removed from the client (soft: its history stays). */
public record IntegrationDeleted(UUID integrationId, UUID clientId, String partnerId, Instant deletedAt,
                                 IntegrationSnapshot integration) {
}
