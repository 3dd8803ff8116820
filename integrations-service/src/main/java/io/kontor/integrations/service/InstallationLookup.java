package io.kontor.integrations.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.integrations.InstallationNotFound;
import io.kontor.integrations.InstallationUninstalled;
import io.kontor.integrations.KnownInstallation;
import io.kontor.integrations.owners.StoreApi;
import io.kontor.integrations.owners.StoreInstallation;
import io.kontor.integrations.repository.KnownInstallationRepository;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * The installation an integration is to use, from the local copy or, when its {@code kontor.installations} event
 * has not arrived yet, from store-service. Either way it ends as a row here, locked shared until the transaction
 * ends (see {@link KnownInstallationRepository}): an uninstall, whenever its event arrives, finds the row and
 * either waits for this transaction and then ends what it added, or went first and is seen by it.
 */
@ApplicationScoped
public class InstallationLookup {

    private final KnownInstallationRepository installations;
    private final StoreApi store;
    private final Caller caller;

    public InstallationLookup(KnownInstallationRepository installations, StoreApi store, Caller caller) {
        this.installations = installations;
        this.store = store;
        this.caller = caller;
    }

    /**
     * @return the caller's firm's installation, locked shared until the transaction ends
     * @throws InstallationNotFound neither this service nor store-service knows it for the caller's firm
     * @throws InstallationUninstalled it was uninstalled
     * @throws io.kontor.owners.OwnerUnavailable it is not known here and store-service gave no usable answer
     *         in time; nothing was written
     */
    @Transactional
    public KnownInstallation installationToUse(UUID installationId) {
        KnownInstallation installation = installations.findForShare(installationId)
                .or(() -> fetch(installationId))
                .filter(known -> known.belongsTo(caller.partnerId()))
                .orElseThrow(() -> new InstallationNotFound(installationId));
        if (installation.isDeleted()) {
            throw new InstallationUninstalled(installationId);
        }
        return installation;
    }

    /**
     * The JSON Schema an integration's settings must satisfy. A row learned from an event that did not carry it yet
     * (older than the field) gets the catalog's current schema of its extension; it is not stored, because the row
     * is locked shared by now and concurrent requests upgrading that lock to write it would deadlock.
     */
    public JsonNode clientSettingsSchema(KnownInstallation installation) {
        return installation.clientSettingsSchema()
                .orElseGet(() -> store.clientSettingsSchema(installation.extensionKey()));
    }

    private Optional<KnownInstallation> fetch(UUID installationId) {
        return store.installation(installationId).map(found -> {
            installations.insertIfAbsent(fromStore(installationId, found));
            // The row now exists: this one, or one its event or its deletion wrote first, which is the truer one.
            return installations.findForShare(installationId).orElseThrow();
        });
    }

    /** store-service answered the caller's token, so the installation is the caller's firm's. */
    private KnownInstallation fromStore(UUID installationId, StoreInstallation found) {
        return new KnownInstallation(installationId, caller.partnerId(), found.extensionKey(), found.channel(),
                store.clientSettingsSchema(found.extensionKey()), found.updatedAt());
    }
}
