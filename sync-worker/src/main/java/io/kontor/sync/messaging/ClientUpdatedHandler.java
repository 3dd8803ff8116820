package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.ClientAccess;
import jakarta.enterprise.context.ApplicationScoped;

/** A client changed; its assignments as they now stand replace the ones here. */
@ApplicationScoped
public class ClientUpdatedHandler implements EventHandler<ClientUpdated> {

    private final ClientAccess access;

    public ClientUpdatedHandler(ClientAccess access) {
        this.access = access;
    }

    @Override
    public EventType<ClientUpdated> type() {
        return EventTypes.CLIENT_UPDATED;
    }

    @Override
    public void handle(ClientUpdated data, CloudEvent event) {
        access.assigned(data.clientId(), data.partnerId(), data.accountantIds(), data.updatedAt());
    }
}
