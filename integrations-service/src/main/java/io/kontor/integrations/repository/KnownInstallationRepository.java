package io.kontor.integrations.repository;

import io.kontor.integrations.KnownInstallation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * The installations this service knows, from {@code kontor.installations} and from store-service when an
 * installation's event had not arrived yet. An uninstall locks its row exclusively; adding or activating an
 * integration of it locks the row shared, first, before any integration: one waits for the other, and always in
 * the same order, so they can neither miss each other nor deadlock.
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

    /**
     * Stores the installation unless a row for it exists, whoever wrote that row (its event, its deletion, a request
     * that asked store-service) and whether or not that writer has committed yet: PostgreSQL makes this statement
     * wait for an uncommitted row and then leave it alone. Read the row afterwards, locked, to see which won.
     */
    public void insertIfAbsent(KnownInstallation installation) {
        getEntityManager().createNativeQuery("""
                        insert into known_installation (installation_id, partner_id, extension_key, channel,
                                                        client_settings_schema, deleted, changed_at)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7)
                        on conflict (installation_id) do nothing""")
                .setParameter(1, installation.installationId())
                .setParameter(2, installation.partnerId())
                .setParameter(3, installation.extensionKey())
                .setParameter(4, installation.channel())
                .setParameter(5, installation.clientSettingsSchema().map(Object::toString).orElse(null))
                .setParameter(6, installation.isDeleted())
                .setParameter(7, Timestamp.from(installation.changedAt()))
                .executeUpdate();
    }
}
