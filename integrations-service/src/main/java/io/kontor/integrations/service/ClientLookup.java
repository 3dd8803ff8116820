package io.kontor.integrations.service;

import io.kontor.integrations.KnownClient;
import io.kontor.integrations.owners.DirectoryClient;
import io.kontor.integrations.owners.DocumentsApi;
import io.kontor.integrations.repository.KnownClientRepository;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * A client from the local copy of the directory or, when its {@code kontor.clients} event has not arrived yet (a
 * client created a moment ago), from documents-service, which then answers for the caller's firm only. What
 * documents-service tells is recorded here, so the next request needs no call; the client's own events later
 * update it as usual and cannot roll it back (see {@link KnownClientRepository#record}).
 */
@ApplicationScoped
public class ClientLookup {

    private final KnownClientRepository clients;
    private final DocumentsApi documents;
    private final Caller caller;

    public ClientLookup(KnownClientRepository clients, DocumentsApi documents, Caller caller) {
        this.clients = clients;
        this.documents = documents;
        this.caller = caller;
    }

    /**
     * @return the client, of whichever firm; empty when neither this service nor documents-service (for the
     *         caller's firm) knows it
     * @throws io.kontor.owners.OwnerUnavailable the client is not known here and documents-service gave no
     *         usable answer in time; nothing was written
     */
    @Transactional
    public Optional<KnownClient> find(UUID clientId) {
        Optional<KnownClient> known = clients.findByIdOptional(clientId);
        if (known.isPresent()) {
            return known;
        }
        return documents.client(clientId).map(found -> record(clientId, found));
    }

    private KnownClient record(UUID clientId, DirectoryClient found) {
        // documents-service answered the caller's token, so the client is the caller's firm's.
        clients.record(new KnownClient(clientId, caller.partnerId(), found.name(), found.accountantIds(),
                found.archived(), found.updatedAt()));
        // Read back: an event recorded concurrently may have brought a newer state than the one just fetched.
        return clients.findById(clientId);
    }
}
