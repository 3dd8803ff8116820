package io.kontor.sync.messaging;

import io.kontor.events.EventType;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationUpdated;
import io.kontor.inbox.EventHandler;
import io.kontor.sync.service.InstallationProjectionService;
import jakarta.enterprise.context.ApplicationScoped;

/** The firm changed its settings (a new relay, a new password): the next attempt uses them. */
@ApplicationScoped
public class InstallationUpdatedHandler implements EventHandler<InstallationUpdated> {

    private final InstallationProjectionService service;

    public InstallationUpdatedHandler(InstallationProjectionService service) {
        this.service = service;
    }

    @Override
    public EventType<InstallationUpdated> type() {
        return EventTypes.INSTALLATION_UPDATED;
    }

    @Override
    public void handle(InstallationUpdated data, CloudEvent event) {
        service.record(data.installationId(), data.partnerId(), data.extensionKey(), data.channel(),
                data.partnerSettings(), data.updatedAt());
    }
}
