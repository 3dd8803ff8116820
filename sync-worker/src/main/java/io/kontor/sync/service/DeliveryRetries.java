package io.kontor.sync.service;

import io.kontor.audit.AuditTrail;
import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryNotFound;
import io.kontor.sync.Integration;
import io.kontor.sync.IntegrationNotActive;
import io.kontor.sync.IntegrationNotFound;
import io.kontor.sync.repository.DeliveryRepository;
import io.kontor.sync.repository.IntegrationRepository;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Resending by hand (DESIGN.md §1, story 5): one delivery, or every failed one of an integration. A resend keeps
 * the delivery's id, so the receiver recognises it, and starts a fresh round of the retry schedule. Only to an
 * active integration: a disabled receiver said it is gone, a deactivated one is not to get anything.
 */
@ApplicationScoped
public class DeliveryRetries {

    private final DeliveryRepository deliveries;
    private final IntegrationRepository integrations;
    private final ClientAccess access;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public DeliveryRetries(DeliveryRepository deliveries, IntegrationRepository integrations, ClientAccess access,
                           AuditTrail audit, Caller caller, Clock clock) {
        this.deliveries = deliveries;
        this.integrations = integrations;
        this.access = access;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public Delivery retry(UUID deliveryId) {
        Delivery delivery = deliveries.findForUpdate(deliveryId)
                .filter(found -> found.partnerId().equals(caller.partnerId()))
                .orElseThrow(() -> new DeliveryNotFound(deliveryId));
        access.requireReachable(delivery.clientId());
        requireActive(integrations.findByIdOptional(delivery.integrationId()).orElseThrow());
        delivery.retryByHand(now());
        audit.record("delivery.retried", delivery.clientId(), "deliveries/" + deliveryId,
                Map.of("integrationId", delivery.integrationId(), "documentId", delivery.documentId()));
        return delivery;
    }

    /** @return how many failed deliveries were queued again */
    @Transactional
    public int retryFailed(UUID integrationId) {
        Integration integration = integrations.findByIdOptional(integrationId)
                .filter(found -> found.belongsTo(caller.partnerId()))
                .orElseThrow(() -> new IntegrationNotFound(integrationId));
        access.requireReachable(integration.clientId());
        requireActive(integration);
        Instant now = now();
        List<Delivery> failed = deliveries.failedOfIntegrationForUpdate(integrationId);
        failed.forEach(delivery -> delivery.retryByHand(now));
        audit.record("deliveries.retried", integration.clientId(), "integrations/" + integrationId,
                Map.of("failedQueuedAgain", failed.size()));
        return failed.size();
    }

    private static void requireActive(Integration integration) {
        if (!integration.isActive()) {
            throw new IntegrationNotActive(integration.integrationId(), integration.status(),
                    integration.statusReason());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
