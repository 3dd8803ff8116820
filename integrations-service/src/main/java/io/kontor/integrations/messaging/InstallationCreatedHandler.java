package io.kontor.integrations.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.inbox.EventHandler;
import io.kontor.integrations.service.InstallationDirectoryService;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InstallationCreatedHandler implements EventHandler<InstallationCreated> {

    private final InstallationDirectoryService service;

    public InstallationCreatedHandler(InstallationDirectoryService service) {
        this.service = service;
    }

    @Override
    public EventType<InstallationCreated> type() {
        return EventTypes.INSTALLATION_CREATED;
    }

    @Override
    public void handle(InstallationCreated data, CloudEvent event) {
        service.recordInstallationCreated(data);
    }
}
