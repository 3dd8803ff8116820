package io.kontor.sync.messaging;

import io.kontor.events.EventTypes;
import io.kontor.events.deliveries.DeliveryFailed;
import io.kontor.events.deliveries.DeliverySucceeded;
import io.kontor.outbox.Outbox;
import io.kontor.sync.Delivery;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes how deliveries end on {@code kontor.deliveries}, through the outbox in the transaction that records the
 * outcome. Key = clientId. integrations-service reads the failures (a 410 disables the integration); connectors and
 * dashboards read both.
 */
@ApplicationScoped
public class DeliveryEvents {

    private final Outbox outbox;

    public DeliveryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void succeeded(Delivery delivery, Integer httpStatus) {
        outbox.publish(EventTypes.DELIVERY_SUCCEEDED, key(delivery), subject(delivery), new DeliverySucceeded(
                delivery.id(), delivery.documentId(), delivery.integrationId(), delivery.clientId(),
                delivery.partnerId(), delivery.attempts(), httpStatus, delivery.deliveredAt()));
    }

    public void failed(Delivery delivery, Integer httpStatus, boolean endpointGone) {
        outbox.publish(EventTypes.DELIVERY_FAILED, key(delivery), subject(delivery), new DeliveryFailed(
                delivery.id(), delivery.documentId(), delivery.integrationId(), delivery.clientId(),
                delivery.partnerId(), delivery.attempts(), httpStatus, delivery.lastError(), endpointGone,
                delivery.updatedAt()));
    }

    private static String key(Delivery delivery) {
        return delivery.clientId().toString();
    }

    private static String subject(Delivery delivery) {
        return "clients/" + delivery.clientId() + "/documents/" + delivery.documentId() + "/deliveries/"
                + delivery.id();
    }
}
