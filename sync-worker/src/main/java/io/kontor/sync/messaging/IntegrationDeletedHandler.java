package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.IntegrationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/** Every integration event carries the whole integration; the copy here takes it over. */
@ApplicationScoped
public class IntegrationDeletedHandler implements EventHandler<IntegrationDeleted> {

    private final IntegrationProjectionService service;

    public IntegrationDeletedHandler(IntegrationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<IntegrationDeleted> type() {
        return EventTypes.INTEGRATION_DELETED;
    }

    @Override
    public void handle(IntegrationDeleted data, CloudEvent event) {
        service.record(data.integration());
    }
}
