package io.kontor.integrations.service;

import io.kontor.events.clients.ClientArchived;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.integrations.KnownClient;
import io.kontor.integrations.repository.KnownClientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Keeps the local copy of the client directory in step with {@code kontor.clients}. Idempotent and safe against
 * order: an event older than what is stored (documents-service may have told a later state already) changes
 * nothing.
 */
@ApplicationScoped
public class ClientDirectoryService {

    private static final Logger LOG = Logger.getLogger(ClientDirectoryService.class);

    private final KnownClientRepository clients;

    public ClientDirectoryService(KnownClientRepository clients) {
        this.clients = clients;
    }

    @Transactional
    public void recordClientCreated(ClientCreated event) {
        clients.record(new KnownClient(event.clientId(), event.partnerId(), event.name(), event.accountantIds(),
                false, event.createdAt()));
    }

    /** Updates carry the full state, so an update of a client never seen before is recorded as well. */
    @Transactional
    public void recordClientUpdated(ClientUpdated event) {
        clients.record(new KnownClient(event.clientId(), event.partnerId(), event.name(), event.accountantIds(),
                false, event.updatedAt()));
    }

    @Transactional
    public void recordClientArchived(ClientArchived event) {
        clients.findByIdOptional(event.clientId()).ifPresentOrElse(
                client -> client.archive(event.archivedAt()),
                () -> LOG.warnf("Client %s was archived but never seen before; nothing to archive",
                        event.clientId()));
    }
}
