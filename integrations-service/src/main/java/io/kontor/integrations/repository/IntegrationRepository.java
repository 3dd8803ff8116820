package io.kontor.integrations.repository;

import io.kontor.integrations.Integration;
import io.kontor.integrations.IntegrationStatus;
import io.kontor.problem.KeysetCursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IntegrationRepository implements PanacheRepositoryBase<Integration, UUID> {

    /**
     * One page of a client's integrations, oldest first, each with its activation periods.
     *
     * @param includeDeleted false: only the integrations that still exist (the Integrations tab)
     * @param after          the last (createdAt, id) of the previous page, or null for the first
     */
    public List<Integration> pageOfClient(String partnerId, UUID clientId, boolean includeDeleted,
                                          KeysetCursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select i.id from integration i
                 where i.partner_id = :partner and i.client_id = :client""");
        if (!includeDeleted) {
            sql.append(" and i.status <> 'DELETED'");
        }
        Query query = keysetPage(sql, after, limit)
                .setParameter("partner", partnerId)
                .setParameter("client", clientId);
        return withActivationPeriods(query);
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

    /**
     * One page of an installation's integrations across the partner's clients, oldest first, each with its
     * activation periods.
     *
     * @param assignedTo when set, only the integrations of clients this accountant is assigned to
     * @param after      the last (createdAt, id) of the previous page, or null for the first
     */
    public List<Integration> pageOfInstallation(String partnerId, UUID installationId, boolean includeDeleted,
                                                String assignedTo, KeysetCursor after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select i.id from integration i
                 where i.partner_id = :partner and i.installation_id = :installation""");
        if (!includeDeleted) {
            sql.append(" and i.status <> 'DELETED'");
        }
        if (assignedTo != null) {
            sql.append("""
                     and exists (select 1 from known_client c where c.client_id = i.client_id
                                  and c.accountant_ids @> jsonb_build_array(cast(:accountant as text)))""");
        }
        Query query = keysetPage(sql, after, limit)
                .setParameter("partner", partnerId)
                .setParameter("installation", installationId);
        if (assignedTo != null) {
            query.setParameter("accountant", assignedTo);
        }
        return withActivationPeriods(query);
    }

    /** Completes a query of integration ids with the keyset condition, the order and the page size. */
    private Query keysetPage(StringBuilder sql, KeysetCursor after, int limit) {
        if (after != null) {
            sql.append(" and (i.created_at, i.id) > (:afterCreatedAt, :afterId)");
        }
        sql.append(" order by i.created_at, i.id limit :limit");
        Query query = getEntityManager().createNativeQuery(sql.toString(), UUID.class).setParameter("limit", limit);
        if (after != null) {
            query.setParameter("afterCreatedAt", after.createdAt()).setParameter("afterId", after.id());
        }
        return query;
    }

    /**
     * The integrations whose ids the query selects, with their activation periods, in the same order. Ids first,
     * then the entities: a limit on a fetch join would be applied in memory, after loading every row.
     */
    private List<Integration> withActivationPeriods(Query ids) {
        @SuppressWarnings("unchecked")
        List<UUID> page = ids.getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        return find("""
                select distinct i from Integration i left join fetch i.activationPeriods
                 where i.id in ?1 order by i.createdAt, i.id""", page).list();
    }
}
