package io.kontor.store.repository;

import io.kontor.store.Installation;
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

    public List<Installation> listForPartner(String partnerId) {
        return list("partnerId", Sort.by("createdAt").and("id"), partnerId);
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
