package io.kontor.integrations.messaging;

import io.kontor.events.EventTypes;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.integrations.Integration;
import io.kontor.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Maps integration changes to the {@code kontor.integrations} contract and writes them to the outbox, in the
 * transaction of the change. Key = clientId, so one client's integration events stay in order.
 */
@ApplicationScoped
public class IntegrationEvents {

    private final Outbox outbox;

    public IntegrationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Integration integration) {
        outbox.publish(EventTypes.INTEGRATION_CREATED, key(integration), subject(integration), new IntegrationCreated(
                integration.id(), integration.clientId(), integration.partnerId(), integration.installationId(),
                integration.extensionKey(), integration.channel(), integration.documentTypes(),
                integration.openPeriod().orElseThrow().activatedAt()));
    }

    public void activated(Integration integration, Instant activatedAt) {
        outbox.publish(EventTypes.INTEGRATION_ACTIVATED, key(integration), subject(integration),
                new IntegrationActivated(integration.id(), integration.clientId(), integration.partnerId(),
                        activatedAt));
    }

    public void deactivated(Integration integration, Instant deactivatedAt, String reason) {
        outbox.publish(EventTypes.INTEGRATION_DEACTIVATED, key(integration), subject(integration),
                new IntegrationDeactivated(integration.id(), integration.clientId(), integration.partnerId(),
                        deactivatedAt, reason));
    }

    public void deleted(Integration integration) {
        outbox.publish(EventTypes.INTEGRATION_DELETED, key(integration), subject(integration),
                new IntegrationDeleted(integration.id(), integration.clientId(), integration.partnerId(),
                        integration.deletedAt()));
    }

    private static String key(Integration integration) {
        return integration.clientId().toString();
    }

    private static String subject(Integration integration) {
        return "clients/" + integration.clientId() + "/integrations/" + integration.id();
    }
}
