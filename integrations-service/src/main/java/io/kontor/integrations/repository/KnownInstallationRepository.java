package io.kontor.integrations.repository;

import io.kontor.integrations.KnownInstallation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

/**
 * The installations this service learned from {@code kontor.installations}. An uninstall locks its row
 * exclusively; adding or activating an integration of it locks the row shared, first, before any integration:
 * one waits for the other, and always in the same order, so they can neither miss each other nor deadlock.
 */
@ApplicationScoped
public class KnownInstallationRepository implements PanacheRepositoryBase<KnownInstallation, UUID> {

    public Optional<KnownInstallation> findForShare(UUID installationId) {
        return find("installationId", installationId).withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    public Optional<KnownInstallation> findForUpdate(UUID installationId) {
        return find("installationId", installationId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
