package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.IntegrationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/** Every integration event carries the whole integration; the copy here takes it over. */
@ApplicationScoped
public class IntegrationActivatedHandler implements EventHandler<IntegrationActivated> {

    private final IntegrationProjectionService service;

    public IntegrationActivatedHandler(IntegrationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<IntegrationActivated> type() {
        return EventTypes.INTEGRATION_ACTIVATED;
    }

    @Override
    public void handle(IntegrationActivated data, CloudEvent event) {
        service.record(data.integration());
    }
}
