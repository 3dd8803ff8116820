package io.kontor.integrations.service;

import io.kontor.integrations.InstallationNotFound;
import io.kontor.integrations.Integration;
import io.kontor.integrations.repository.IntegrationRepository;
import io.kontor.integrations.repository.KnownInstallationRepository;
import io.kontor.problem.KeysetCursor;
import io.kontor.tenancy.Caller;
import io.kontor.tenancy.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The integrations of one installation across the firm's clients ("who uses this webhook?"): a partner admin sees
 * them all, an accountant those of the clients assigned to them.
 */
@ApplicationScoped
public class InstallationIntegrations {

    private final IntegrationRepository integrations;
    private final KnownInstallationRepository installations;
    private final Caller caller;

    public InstallationIntegrations(IntegrationRepository integrations, KnownInstallationRepository installations,
                                    Caller caller) {
        this.integrations = integrations;
        this.installations = installations;
        this.caller = caller;
    }

    /** @return one more than {@code limit} when there is a next page, so the caller can tell */
    @Transactional
    public List<Integration> page(UUID installationId, boolean includeDeleted, KeysetCursor after, int limit) {
        if (installations.findByIdOptional(installationId).filter(known -> !known.belongsTo(caller.partnerId()))
                .isPresent()) {
            throw new InstallationNotFound(installationId);
        }
        String assignedTo = caller.hasRole(Roles.PARTNER_ADMIN) ? null : caller.userId();
        return integrations.pageOfInstallation(caller.partnerId(), installationId, includeDeleted, assignedTo,
                after, limit + 1);
    }
}
