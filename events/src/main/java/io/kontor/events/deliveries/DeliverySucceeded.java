package io.kontor.events.deliveries;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code kontor.delivery.succeeded.v1}: the receiver took the document (a 2xx answer). {@code deliveryId} is the
 * {@code webhook-id} it saw; a later resend of the same delivery publishes this again, with the same id.
 */
public record DeliverySucceeded(UUID deliveryId, UUID documentId, UUID integrationId, UUID clientId,
                                String partnerId, int attempts, Integer httpStatus, Instant deliveredAt) {
}
