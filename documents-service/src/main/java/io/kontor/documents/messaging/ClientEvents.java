package io.kontor.documents.messaging;

import io.kontor.documents.Client;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Maps client changes to the {@code kontor.clients} contract and writes them to the outbox, inside the caller's
 * transaction. Key = clientId, so one client's events stay in order.
 */
@ApplicationScoped
public class ClientEvents {

    private final Outbox outbox;

    ClientEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Client client) {
        outbox.publish(EventTypes.CLIENT_CREATED, key(client), subject(client), new ClientCreated(client.id(),
                client.partnerId(), client.name(), client.vatNumber(), client.companyNumber(), client.country(),
                client.externalReference(), client.accountantIds(), client.createdAt()));
    }

    public void updated(Client client) {
        outbox.publish(EventTypes.CLIENT_UPDATED, key(client), subject(client), new ClientUpdated(client.id(),
                client.partnerId(), client.name(), client.vatNumber(), client.companyNumber(), client.country(),
                client.externalReference(), client.accountantIds(), client.updatedAt()));
    }

    public void archived(Client client) {
        outbox.publish(EventTypes.CLIENT_ARCHIVED, key(client), subject(client),
                new ClientArchived(client.id(), client.partnerId(), client.archivedAt()));
    }

    private static String key(Client client) {
        return client.id().toString();
    }

    private static String subject(Client client) {
        return "clients/" + client.id();
    }
}
