package io.kontor.events.integrations;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code kontor.integration.deactivated.v1}: the current activation period ended; pending deliveries are
 * cancelled. {@code reason} says who or what ended it (a user, an uninstall, an endpoint that answered 410).
 */
public record IntegrationDeactivated(UUID integrationId, UUID clientId, String partnerId, Instant deactivatedAt,
                                     String reason,
                                     IntegrationSnapshot integration) {
}
