package io.kontor.sync.service;

import io.kontor.events.installations.PartnerSettings;
import io.kontor.sync.Installation;
import io.kontor.sync.repository.InstallationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the copy of each installation that deliveries read the firm's settings from (an EMAIL extension's relay).
 * Installation events carry the installation as it stands, so the copy takes the latest one and needs nothing else.
 */
@ApplicationScoped
public class InstallationProjectionService {

    private final InstallationRepository installations;

    public InstallationProjectionService(InstallationRepository installations) {
        this.installations = installations;
    }

    @Transactional
    public void record(UUID installationId, String partnerId, String extensionKey, String channel,
                       PartnerSettings partnerSettings, Instant asOf) {
        known(installationId, partnerId, extensionKey, channel).takeOver(partnerSettings, asOf);
    }

    /** The copy stays, marked, so that an update redelivered after the deletion cannot bring it back. */
    @Transactional
    public void deleted(UUID installationId, String partnerId, String extensionKey, Instant deletedAt) {
        known(installationId, partnerId, extensionKey, "UNKNOWN").deleted(deletedAt);
    }

    private Installation known(UUID installationId, String partnerId, String extensionKey, String channel) {
        return installations.findByIdOptional(installationId).orElseGet(() -> {
            Installation installation = Installation.of(installationId, partnerId, extensionKey, channel);
            installations.persist(installation);
            return installation;
        });
    }
}
