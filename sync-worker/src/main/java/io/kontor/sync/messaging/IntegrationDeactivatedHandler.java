package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.IntegrationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/** Every integration event carries the whole integration; the copy here takes it over. */
@ApplicationScoped
public class IntegrationDeactivatedHandler implements EventHandler<IntegrationDeactivated> {

    private final IntegrationProjectionService service;

    public IntegrationDeactivatedHandler(IntegrationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<IntegrationDeactivated> type() {
        return EventTypes.INTEGRATION_DEACTIVATED;
    }

    @Override
    public void handle(IntegrationDeactivated data, CloudEvent event) {
        service.record(data.integration());
    }
}
