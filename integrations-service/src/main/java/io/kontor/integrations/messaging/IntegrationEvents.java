package io.kontor.integrations.messaging;

import io.kontor.events.EventTypes;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.events.integrations.IntegrationUpdated;
import io.kontor.integrations.Integration;
import io.kontor.integrations.service.IntegrationSnapshots;
import io.kontor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * Maps integration changes to the {@code kontor.integrations} contract and writes them to the outbox, in the
 * transaction of the change. Key = clientId, so one client's integration events stay in order. Every event carries
 * the whole integration after the change, so the sync-worker never calls back.
 */
@ApplicationScoped
public class IntegrationEvents {

    private final Outbox outbox;
    private final IntegrationSnapshots snapshots;

    public IntegrationEvents(Outbox outbox, IntegrationSnapshots snapshots) {
        this.outbox = outbox;
        this.snapshots = snapshots;
    }

    public void created(Integration integration) {
        outbox.publish(EventTypes.INTEGRATION_CREATED, key(integration), subject(integration), new IntegrationCreated(
                integration.id(), integration.clientId(), integration.partnerId(), integration.installationId(),
                integration.extensionKey(), integration.channel(), integration.documentTypes(),
                integration.openPeriod().orElseThrow().activatedAt(), snapshots.of(integration)));
    }

    public void activated(Integration integration, Instant activatedAt) {
        outbox.publish(EventTypes.INTEGRATION_ACTIVATED, key(integration), subject(integration),
                new IntegrationActivated(integration.id(), integration.clientId(), integration.partnerId(),
                        activatedAt, snapshots.of(integration)));
    }

    public void deactivated(Integration integration, Instant deactivatedAt, String reason) {
        outbox.publish(EventTypes.INTEGRATION_DEACTIVATED, key(integration), subject(integration),
                new IntegrationDeactivated(integration.id(), integration.clientId(), integration.partnerId(),
                        deactivatedAt, reason, snapshots.of(integration)));
    }

    public void updated(Integration integration, List<String> changes) {
        outbox.publish(EventTypes.INTEGRATION_UPDATED, key(integration), subject(integration),
                new IntegrationUpdated(integration.id(), integration.clientId(), integration.partnerId(),
                        integration.updatedAt(), changes, snapshots.of(integration)));
    }

    public void deleted(Integration integration) {
        outbox.publish(EventTypes.INTEGRATION_DELETED, key(integration), subject(integration),
                new IntegrationDeleted(integration.id(), integration.clientId(), integration.partnerId(),
                        integration.deletedAt(), snapshots.of(integration)));
    }

    private static String key(Integration integration) {
        return integration.clientId().toString();
    }

    private static String subject(Integration integration) {
        return "clients/" + integration.clientId() + "/integrations/" + integration.id();
    }
}
