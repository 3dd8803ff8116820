package io.kontor.store.repository;

import io.kontor.problem.KeysetCursor;
import io.kontor.store.Installation;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Installations, always within one partner: no method here can reach another partner's rows. */
@ApplicationScoped
public class InstallationRepository implements PanacheRepositoryBase<Installation, UUID> {

    /**
     * One page of the partner's installations, oldest first.
     *
     * @param after the last (createdAt, id) of the previous page, or null for the first
     */
    public List<Installation> pageForPartner(String partnerId, KeysetCursor after, int limit) {
        PanacheQuery<Installation> page = after == null
                ? find("partnerId = ?1", Sort.by("createdAt").and("id"), partnerId)
                : find("partnerId = ?1 and (createdAt, id) > (?2, ?3)", Sort.by("createdAt").and("id"), partnerId,
                        after.createdAt(), after.id());
        return page.range(0, limit - 1).list();
    }

    public Optional<Installation> findForPartner(String partnerId, UUID installationId) {
        return find("partnerId = ?1 and id = ?2", partnerId, installationId).firstResultOptional();
    }

    /** The installation, locked until the transaction ends, so that concurrent uninstalls announce it once. */
    public Optional<Installation> findForUpdate(String partnerId, UUID installationId) {
        return find("partnerId = ?1 and id = ?2", partnerId, installationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public boolean isInstalled(String partnerId, String extensionKey) {
        return count("partnerId = ?1 and extension.key = ?2", partnerId, extensionKey) > 0;
    }
}
