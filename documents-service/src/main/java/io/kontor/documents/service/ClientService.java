package io.kontor.documents.service;

import io.kontor.audit.AuditTrail;
import io.kontor.documents.Client;
import io.kontor.documents.ClientDetails;
import io.kontor.documents.ClientNotFound;
import io.kontor.documents.config.DocumentsConfig;
import io.kontor.documents.messaging.ClientEvents;
import io.kontor.documents.repository.ClientRepository.Listed;
import io.kontor.documents.repository.ClientRepository;
import io.kontor.problem.PageSize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The client directory's use cases. Every one is scoped to the calling partner. */
@ApplicationScoped
public class ClientService {

    private final ClientRepository clients;
    private final ClientEvents events;
    private final DocumentsConfig config;
    private final AuditTrail audit;

    ClientService(ClientRepository clients, ClientEvents events, DocumentsConfig config, AuditTrail audit) {
        this.clients = clients;
        this.events = events;
        this.config = config;
        this.audit = audit;
    }

    @Transactional
    public Client registerClient(String partnerId, ClientDetails details) {
        Client client = Client.register(partnerId, details, Timestamps.now());
        clients.persist(client);
        events.created(client);
        audit.record("client.created", client.id(), "clients/" + client.id(),
                Map.of("accountantIds", client.accountantIds()));
        return client;
    }

    @Transactional
    public Client reviseClient(String partnerId, UUID clientId, ClientDetails details) {
        Client client = findForUpdate(partnerId, clientId);
        if (client.revise(details, Timestamps.now())) {
            events.updated(client);
            audit.record("client.updated", clientId, "clients/" + clientId,
                    Map.of("accountantIds", client.accountantIds()));
        }
        return client;
    }

    @Transactional
    public Client archiveClient(String partnerId, UUID clientId) {
        Client client = findForUpdate(partnerId, clientId);
        if (client.archive(Timestamps.now())) {
            events.archived(client);
            audit.record("client.archived", clientId, "clients/" + clientId, Map.of());
        }
        return client;
    }

    public Client client(String partnerId, UUID clientId) {
        return find(partnerId, clientId);
    }

    public ClientPage listClients(String partnerId, ClientQuery query) {
        int limit = PageSize.of(query.limit(), config.clients().defaultPageSize(), config.clients().maxPageSize());
        String text = query.text() == null || query.text().isBlank() ? null : query.text().strip();
        ClientRepository.SortKey after = query.cursor() == null || query.cursor().isBlank()
                ? null : ClientCursor.decode(query.cursor());
        // One more than asked tells whether another page follows, without a count query.
        List<Listed> rows = clients.page(partnerId, query.archived(), text, query.assignedTo(), after, limit + 1);
        List<Listed> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? ClientCursor.encode(page.get(page.size() - 1).key()) : null;
        return new ClientPage(page.stream().map(Listed::client).toList(), next);
    }

    private Client find(String partnerId, UUID clientId) {
        return clients.findForPartner(partnerId, clientId).orElseThrow(() -> new ClientNotFound(clientId));
    }

    private Client findForUpdate(String partnerId, UUID clientId) {
        return clients.findForUpdate(partnerId, clientId).orElseThrow(() -> new ClientNotFound(clientId));
    }
}
