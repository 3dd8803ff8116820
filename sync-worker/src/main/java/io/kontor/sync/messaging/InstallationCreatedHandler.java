package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.InstallationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/** A new installation: the firm's settings its integrations deliver with. */
@ApplicationScoped
public class InstallationCreatedHandler implements EventHandler<InstallationCreated> {

    private final InstallationProjectionService service;

    public InstallationCreatedHandler(InstallationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<InstallationCreated> type() {
        return EventTypes.INSTALLATION_CREATED;
    }

    @Override
    public void handle(InstallationCreated data, CloudEvent event) {
        service.record(data.installationId(), data.partnerId(), data.extensionKey(), data.channel(),
                data.partnerSettings(), data.createdAt());
    }
}
