package io.kontor.integrations.service;

import io.kontor.events.clients.ClientArchived;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.integrations.KnownClient;
import io.kontor.integrations.repository.KnownClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Keeps the local copy of the client directory in step with {@code kontor.clients}. */
@ApplicationScoped
public class ClientDirectoryService {

    private static final Logger LOG = Logger.getLogger(ClientDirectoryService.class);

    private final KnownClientRepository clients;

    public ClientDirectoryService(KnownClientRepository clients) {
        this.clients = clients;
    }

    @Transactional
    public void recordClientCreated(ClientCreated event) {
        upsert(event.clientId(), event.partnerId(), event.name(), event.accountantIds(), event.createdAt());
    }

    /** Updates carry the full state, so an update of a client never seen before is recorded as well. */
    @Transactional
    public void recordClientUpdated(ClientUpdated event) {
        upsert(event.clientId(), event.partnerId(), event.name(), event.accountantIds(), event.updatedAt());
    }

    @Transactional
    public void recordClientArchived(ClientArchived event) {
        clients.findByIdOptional(event.clientId()).ifPresentOrElse(
                client -> client.archive(event.archivedAt()),
                () -> LOG.warnf("Client %s was archived but never seen before; nothing to archive",
                        event.clientId()));
    }

    private void upsert(UUID clientId, String partnerId, String name, List<String> accountantIds, Instant at) {
        clients.findByIdOptional(clientId).ifPresentOrElse(
                client -> client.update(name, accountantIds, at),
                () -> clients.persist(new KnownClient(clientId, partnerId, name, accountantIds, at)));
    }
}
