package io.kontor.sync.service;

import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.sync.Integration;
import io.kontor.sync.repository.IntegrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the copy of integrations and their activation periods in step with {@code kontor.integrations}. A
 * repeated announcement changes nothing; an event about an integration never seen is logged and skipped, since
 * per-key order means its creation is not merely late.
 */
@ApplicationScoped
public class IntegrationProjectionService {

    private static final Logger LOG = Logger.getLogger(IntegrationProjectionService.class);

    private final IntegrationRepository integrations;
    private final DeliveryRoutingService routing;

    public IntegrationProjectionService(IntegrationRepository integrations, DeliveryRoutingService routing) {
        this.integrations = integrations;
        this.routing = routing;
    }

    @Transactional
    public void recordIntegrationCreated(IntegrationCreated event) {
        if (integrations.findByIdOptional(event.integrationId()).isPresent()) {
            LOG.debugf("Integration %s announced again; kept as it is", event.integrationId());
            return;
        }
        Instant activatedAt = event.activatedAt().truncatedTo(ChronoUnit.MICROS);
        Integration integration = new Integration(event.integrationId(), event.clientId(), event.partnerId(),
                event.installationId(), event.extensionKey(), event.channel(), event.documentTypes(), activatedAt);
        integrations.persist(integration);
        routing.routeDocumentsAlreadySeen(integration, activatedAt);
    }

    @Transactional
    public void recordIntegrationActivated(IntegrationActivated event) {
        Instant activatedAt = event.activatedAt().truncatedTo(ChronoUnit.MICROS);
        known(event.integrationId(), "activated").ifPresent(integration -> {
            if (integration.activate(activatedAt)) {
                routing.routeDocumentsAlreadySeen(integration, activatedAt);
            }
        });
    }

    @Transactional
    public void recordIntegrationDeactivated(IntegrationDeactivated event) {
        known(event.integrationId(), "deactivated")
                .ifPresent(integration -> integration.deactivate(event.deactivatedAt().truncatedTo(ChronoUnit.MICROS)));
    }

    @Transactional
    public void recordIntegrationDeleted(IntegrationDeleted event) {
        known(event.integrationId(), "deleted")
                .ifPresent(integration -> integration.delete(event.deletedAt().truncatedTo(ChronoUnit.MICROS)));
    }

    private Optional<Integration> known(UUID integrationId, String what) {
        Optional<Integration> integration = integrations.findByIdOptional(integrationId);
        if (integration.isEmpty()) {
            LOG.warnf("Integration %s was %s but its creation was never seen here; event skipped", integrationId,
                    what);
        }
        return integration;
    }
}
