package io.kontor.integrations.repository;

import io.kontor.integrations.Integration;
import io.kontor.integrations.IntegrationStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IntegrationRepository implements PanacheRepositoryBase<Integration, UUID> {

    /** A client's integrations, oldest first, each with its activation periods (one query). */
    /** @param includeDeleted false: only the integrations that still exist (the Integrations tab) */
    public List<Integration> listOfClient(String partnerId, UUID clientId, boolean includeDeleted) {
        return find("""
                select distinct i from Integration i left join fetch i.activationPeriods
                 where i.partnerId = ?1 and i.clientId = ?2 and (?3 = true or i.status <> ?4)
                 order by i.createdAt, i.id""", partnerId, clientId, includeDeleted, IntegrationStatus.DELETED)
                .list();
    }

    /** One integration of a client, with its activation periods. */
    public Optional<Integration> findOfClient(String partnerId, UUID clientId, UUID integrationId) {
        return find("""
                select i from Integration i left join fetch i.activationPeriods
                 where i.partnerId = ?1 and i.clientId = ?2 and i.id = ?3""", partnerId, clientId, integrationId)
                .singleResultOptional();
    }

    /** Locked until the transaction ends, so two concurrent (de)activations of one integration take turns. */
    public Optional<Integration> findOfClientForUpdate(String partnerId, UUID clientId, UUID integrationId) {
        return find("partnerId = ?1 and clientId = ?2 and id = ?3", partnerId, clientId, integrationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /**
     * The active integrations of an installation, locked until the transaction ends: a manual activation or
     * deactivation of one of them waits, and then sees what the uninstall did.
     */
    public List<Integration> activeOfInstallationForUpdate(String partnerId, UUID installationId) {
        return find("partnerId = ?1 and installationId = ?2 and status = ?3 order by id", partnerId, installationId,
                IntegrationStatus.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
