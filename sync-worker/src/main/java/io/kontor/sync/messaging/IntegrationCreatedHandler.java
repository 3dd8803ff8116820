package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.IntegrationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/** Every integration event carries the whole integration; the copy here takes it over. */
@ApplicationScoped
public class IntegrationCreatedHandler implements EventHandler<IntegrationCreated> {

    private final IntegrationProjectionService service;

    public IntegrationCreatedHandler(IntegrationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<IntegrationCreated> type() {
        return EventTypes.INTEGRATION_CREATED;
    }

    @Override
    public void handle(IntegrationCreated data, CloudEvent event) {
        service.record(data.integration());
    }
}
