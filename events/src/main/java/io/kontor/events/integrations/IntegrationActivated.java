package io.kontor.events.integrations;

import java.time.Instant;
import java.util.UUID;

/** {@code kontor.integration.activated.v1}: a new activation period began. */
public record IntegrationActivated(UUID integrationId, UUID clientId, String partnerId, Instant activatedAt,
                                   IntegrationSnapshot integration) {
}
