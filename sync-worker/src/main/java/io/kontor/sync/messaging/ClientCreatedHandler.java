package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.ClientAccess;
import jakarta.enterprise.context.ApplicationScoped;

/** A new client, with the accountants it is assigned to: they may see its deliveries. */
@ApplicationScoped
public class ClientCreatedHandler implements EventHandler<ClientCreated> {

    private final ClientAccess access;

    public ClientCreatedHandler(ClientAccess access) {
        this.access = access;
    }

    @Override
    public EventType<ClientCreated> type() {
        return EventTypes.CLIENT_CREATED;
    }

    @Override
    public void handle(ClientCreated data, CloudEvent event) {
        access.assigned(data.clientId(), data.partnerId(), data.accountantIds(), data.createdAt());
    }
}
