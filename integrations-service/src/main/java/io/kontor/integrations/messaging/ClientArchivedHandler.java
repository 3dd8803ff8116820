package io.kontor.integrations.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.integrations.service.ClientDirectoryService;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientArchivedHandler implements EventHandler<ClientArchived> {

    private final ClientDirectoryService service;

    public ClientArchivedHandler(ClientDirectoryService service) {
        this.service = service;
    }

    @Override
    public EventType<ClientArchived> type() {
        return EventTypes.CLIENT_ARCHIVED;
    }

    @Override
    public void handle(ClientArchived data, CloudEvent event) {
        service.recordClientArchived(data);
    }
}
