package io.kontor.events.deliveries;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code kontor.delivery.failed.v1}: the sync-worker gave up on a delivery. {@code endpointGone} means the receiver
 * answered 410 Gone: it asks never to be called again, so integrations-service disables the integration.
 *
 * @param httpStatus the status of the last attempt; absent when no response arrived (timeout, connection error)
 * @param error      what went wrong, for a person to read
 */
public record DeliveryFailed(UUID deliveryId, UUID documentId, UUID integrationId, UUID clientId, String partnerId,
                             int attempts, Integer httpStatus, String error, boolean endpointGone,
                             Instant failedAt) {
}
