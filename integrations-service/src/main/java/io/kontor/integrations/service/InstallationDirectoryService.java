package io.kontor.integrations.service;

import io.kontor.audit.AuditTrail;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.integrations.Integration;
import io.kontor.integrations.KnownInstallation;
import io.kontor.integrations.messaging.IntegrationEvents;
import io.kontor.integrations.repository.IntegrationRepository;
import io.kontor.integrations.repository.KnownInstallationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;

/**
 * Keeps the local copy of the partners' installations in step with {@code kontor.installations}, and ends the
 * integrations of an installation that was uninstalled.
 */
@ApplicationScoped
public class InstallationDirectoryService {

    private static final Logger LOG = Logger.getLogger(InstallationDirectoryService.class);

    private final KnownInstallationRepository installations;
    private final IntegrationRepository integrations;
    private final IntegrationEvents events;
    private final AuditTrail audit;

    public InstallationDirectoryService(KnownInstallationRepository installations,
                                        IntegrationRepository integrations, IntegrationEvents events,
                                        AuditTrail audit) {
        this.installations = installations;
        this.integrations = integrations;
        this.events = events;
        this.audit = audit;
    }

    /** An installation already known (from store-service, asked before this event arrived) stays as it is. */
    @Transactional
    public void recordInstallationCreated(InstallationCreated event) {
        installations.insertIfAbsent(new KnownInstallation(event.installationId(), event.partnerId(),
                event.extensionKey(), event.channel(), event.clientSettingsSchema(), event.createdAt()));
    }

    /**
     * An uninstall ends every integration that used the installation (DESIGN.md §1, story 2), each with its own
     * {@code kontor.integration.deactivated.v1}. An installation never seen before is remembered as deleted, so
     * that no integration can be added for it later. A second delete changes nothing.
     */
    @Transactional
    public void recordInstallationDeleted(InstallationDeleted event) {
        KnownInstallation installation = installations.findForUpdate(event.installationId())
                .orElseGet(() -> rememberUnseen(event));
        if (installation.isDeleted()) {
            return;
        }
        if (!installation.belongsTo(event.partnerId())) {
            LOG.warnf("Installation %s was deleted by an event of another partner than its own; ignored",
                    event.installationId());
            return;
        }
        installation.markDeleted(event.deletedAt());
        String reason = "installation-deleted:" + event.installationId();
        for (Integration integration : integrations.activeOfInstallationForUpdate(event.partnerId(),
                event.installationId())) {
            Instant endedAt = integration.endWithInstallation(event.deletedAt(), reason);
            events.deactivated(integration, endedAt, reason);
            audit.recordBySystem(event.partnerId(), "uninstalled", "integration.deactivated", integration.clientId(),
                    IntegrationService.subject(integration), "installation:" + event.installationId(),
                    Map.of("reason", reason));
        }
    }

    /**
     * Inserted like any other row, and marked deleted by the caller; if a request recorded the installation from
     * store-service meanwhile, that row (and the integrations added with it) is the one the uninstall ends.
     */
    private KnownInstallation rememberUnseen(InstallationDeleted event) {
        LOG.infof("Installation %s was deleted before its creation reached this service; remembering it as "
                + "deleted", event.installationId());
        installations.insertIfAbsent(new KnownInstallation(event.installationId(), event.partnerId(),
                event.extensionKey(), null, null, event.deletedAt()));
        return installations.findForUpdate(event.installationId()).orElseThrow();
    }
}
