package io.kontor.integrations.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.integrations.service.ClientDirectoryService;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ClientCreatedHandler implements EventHandler<ClientCreated> {

    private final ClientDirectoryService service;

    public ClientCreatedHandler(ClientDirectoryService service) {
        this.service = service;
    }

    @Override
    public EventType<ClientCreated> type() {
        return EventTypes.CLIENT_CREATED;
    }

    @Override
    public void handle(ClientCreated data, CloudEvent event) {
        service.recordClientCreated(data);
    }
}
