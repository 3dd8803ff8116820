package io.kontor.integrations.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.integrations.service.ClientDirectoryService;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientUpdatedHandler implements EventHandler<ClientUpdated> {

    private final ClientDirectoryService service;

    public ClientUpdatedHandler(ClientDirectoryService service) {
        this.service = service;
    }

    @Override
    public EventType<ClientUpdated> type() {
        return EventTypes.CLIENT_UPDATED;
    }

    @Override
    public void handle(ClientUpdated data, CloudEvent event) {
        service.recordClientUpdated(data);
    }
}
