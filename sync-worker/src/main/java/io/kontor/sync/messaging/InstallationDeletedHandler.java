package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.InstallationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Uninstalled. Its integrations stop through their own events (integrations-service deactivates them); the copy
 * here only stops taking updates.
 */
@ApplicationScoped
public class InstallationDeletedHandler implements EventHandler<InstallationDeleted> {

    private final InstallationProjectionService service;

    public InstallationDeletedHandler(InstallationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<InstallationDeleted> type() {
        return EventTypes.INSTALLATION_DELETED;
    }

    @Override
    public void handle(InstallationDeleted data, CloudEvent event) {
        service.deleted(data.installationId(), data.partnerId(), data.extensionKey(), data.deletedAt());
    }
}
