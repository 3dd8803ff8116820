package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationUpdated;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.IntegrationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/** Every integration event carries the whole integration; the copy here takes it over. */
@ApplicationScoped
public class IntegrationUpdatedHandler implements EventHandler<IntegrationUpdated> {

    private final IntegrationProjectionService service;

    public IntegrationUpdatedHandler(IntegrationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<IntegrationUpdated> type() {
        return EventTypes.INTEGRATION_UPDATED;
    }

    @Override
    public void handle(IntegrationUpdated data, CloudEvent event) {
        service.record(data.integration());
    }
}
