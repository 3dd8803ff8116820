package io.kontor.integrations.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.deliveries.DeliveryFailed;
import io.kontor.inbox.EventHandler;
import io.kontor.integrations.service.IntegrationService;
import jakarta.enterprise.context.ApplicationScoped;

/** A receiver that answered 410 Gone disables its integration; other failures are the sync-worker's to show. */
@ApplicationScoped
public class DeliveryFailedHandler implements EventHandler<DeliveryFailed> {

    private final IntegrationService service;

    public DeliveryFailedHandler(IntegrationService service) {
        this.service = service;
    }

    @Override
    public EventType<DeliveryFailed> type() {
        return EventTypes.DELIVERY_FAILED;
    }

    @Override
    public void handle(DeliveryFailed data, CloudEvent event) {
        if (data.endpointGone()) {
            service.disableForGoneEndpoint(data.partnerId(), data.clientId(), data.integrationId(), data.deliveryId(),
                    data.failedAt());
        }
    }
}
