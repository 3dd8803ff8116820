package io.kontor.integrations.service;

import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.integrations.KnownInstallation;
import io.kontor.integrations.repository.KnownInstallationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Keeps the local copy of the partners' installations in step with {@code kontor.installations}. */
@ApplicationScoped
public class InstallationDirectoryService {

    private static final Logger LOG = Logger.getLogger(InstallationDirectoryService.class);

    private final KnownInstallationRepository installations;

    public InstallationDirectoryService(KnownInstallationRepository installations) {
        this.installations = installations;
    }

    @Transactional
    public void recordInstallationCreated(InstallationCreated event) {
        if (installations.findByIdOptional(event.installationId()).isEmpty()) {
            installations.persist(new KnownInstallation(event.installationId(), event.partnerId(),
                    event.extensionKey(), event.channel(), event.createdAt()));
        }
    }

    @Transactional
    public void recordInstallationDeleted(InstallationDeleted event) {
        installations.findByIdOptional(event.installationId()).ifPresentOrElse(
                installation -> installation.markDeleted(event.deletedAt()),
                () -> LOG.warnf("Installation %s was deleted but never seen before; nothing to mark",
                        event.installationId()));
    }
}
