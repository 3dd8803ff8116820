package io.kontor.integrations.service;

import io.kontor.integrations.ClientNotFound;
import io.kontor.integrations.KnownClient;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Decides whether the caller may manage a client's integrations: the client must exist (known here, or to
 * documents-service if its event has not arrived yet) and belong to the caller's partner (otherwise it does not
 * exist for them), and an accountant must be assigned to it.
 */
@ApplicationScoped
public class ClientAccess {

    private final ClientLookup clients;
    private final Caller caller;

    public ClientAccess(ClientLookup clients, Caller caller) {
        this.clients = clients;
        this.caller = caller;
    }

    public KnownClient clientToManage(UUID clientId) {
        KnownClient client = clients.find(clientId)
                .filter(known -> known.belongsTo(caller.partnerId()))
                .orElseThrow(() -> new ClientNotFound(clientId));
        caller.requireAssigned(clientId, client.accountantIds());
        return client;
    }
}
