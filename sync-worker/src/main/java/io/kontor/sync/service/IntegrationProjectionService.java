package io.kontor.sync.service;

import io.kontor.events.integrations.IntegrationSnapshot;
import io.kontor.sync.Integration;
import io.kontor.sync.repository.DeliveryRepository;
import io.kontor.sync.repository.IntegrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Keeps the copy of integrations in step with {@code kontor.integrations}: each event's snapshot replaces what was
 * known (older or repeated snapshots change nothing), a newly opened period routes the documents already seen that
 * fall into it, and an integration that stopped being active has its pending deliveries cancelled.
 */
@ApplicationScoped
public class IntegrationProjectionService {

    private static final Logger LOG = Logger.getLogger(IntegrationProjectionService.class);

    private final IntegrationRepository integrations;
    private final DeliveryRepository deliveries;
    private final DeliveryRoutingService routing;
    private final Clock clock;

    public IntegrationProjectionService(IntegrationRepository integrations, DeliveryRepository deliveries,
                                        DeliveryRoutingService routing, Clock clock) {
        this.integrations = integrations;
        this.deliveries = deliveries;
        this.routing = routing;
        this.clock = clock;
    }

    @Transactional
    public void record(IntegrationSnapshot snapshot) {
        if (snapshot == null) {
            LOG.warn("An integration event without the integration's snapshot (a producer older than the contract "
                    + "this worker needs) was skipped");
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Integration integration = integrations.findByIdOptional(snapshot.integrationId()).orElse(null);
        boolean isNew = integration == null;
        if (isNew) {
            integration = Integration.announcedBy(snapshot);
        }
        List<Instant> opened = integration.apply(snapshot, now).orElse(null);
        if (opened == null) {
            LOG.debugf("Integration %s revision %d is not newer than the copy here; kept as it is",
                    snapshot.integrationId(), snapshot.revision());
            return;
        }
        if (isNew) {
            integrations.persist(integration);
        }
        for (Instant start : opened) {
            routing.routeDocumentsAlreadySeen(integration, start);
        }
        if (!integration.isActive()) {
            int cancelled = deliveries.cancelPendingOf(integration.integrationId(), now,
                    "integration " + integration.status().name().toLowerCase() + " (" + integration.statusReason()
                            + ")");
            if (cancelled > 0) {
                LOG.infof("Integration %s is %s: %d pending deliveries cancelled", integration.integrationId(),
                        integration.status(), cancelled);
            }
        }
    }
}
