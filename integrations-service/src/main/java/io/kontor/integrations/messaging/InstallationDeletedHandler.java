package io.kontor.integrations.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.integrations.service.InstallationDirectoryService;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstallationDeletedHandler implements EventHandler<InstallationDeleted> {

    private final InstallationDirectoryService service;

    public InstallationDeletedHandler(InstallationDirectoryService service) {
        this.service = service;
    }

    @Override
    public EventType<InstallationDeleted> type() {
        return EventTypes.INSTALLATION_DELETED;
    }

    @Override
    public void handle(InstallationDeleted data, CloudEvent event) {
        service.recordInstallationDeleted(data);
    }
}
