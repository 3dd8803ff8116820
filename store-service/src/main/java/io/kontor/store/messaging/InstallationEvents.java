package io.kontor.store.messaging;

import io.kontor.events.EventTypes;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.events.installations.InstallationUpdated;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.outbox.Outbox;
import io.kontor.store.Installation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Maps installation changes to the {@code kontor.installations} contract and writes them to the outbox, inside
 * the caller's transaction. Key = partnerId: an installation belongs to the firm. The settings travel for the
 * sync-worker, which delivers with them: the secret ones only sealed with the delivery key.
 */
@ApplicationScoped
public class InstallationEvents {

    private final Outbox outbox;

    InstallationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param sealedSecrets the secret settings sealed with the delivery key, or {@code null} when none is set */
    public void created(Installation installation, String sealedSecrets) {
        outbox.publish(EventTypes.INSTALLATION_CREATED, installation.partnerId(), subject(installation),
                new InstallationCreated(installation.id(), installation.partnerId(), installation.extension().key(),
                        installation.extension().channel().name(), installation.createdAt(),
                        installation.extension().clientSettingsSchema(), partnerSettings(installation, sealedSecrets)));
    }

    /** @param sealedSecrets the secret settings sealed with the delivery key, or {@code null} when none is set */
    public void updated(Installation installation, String sealedSecrets) {
        outbox.publish(EventTypes.INSTALLATION_UPDATED, installation.partnerId(), subject(installation),
                new InstallationUpdated(installation.id(), installation.partnerId(), installation.extension().key(),
                        installation.extension().channel().name(), installation.updatedAt(),
                        partnerSettings(installation, sealedSecrets)));
    }

    public void deleted(Installation installation, Instant deletedAt) {
        outbox.publish(EventTypes.INSTALLATION_DELETED, installation.partnerId(), subject(installation),
                new InstallationDeleted(installation.id(), installation.partnerId(), installation.extension().key(),
                        deletedAt));
    }

    private static PartnerSettings partnerSettings(Installation installation, String sealedSecrets) {
        return new PartnerSettings(installation.settings(), sealedSecrets,
                installation.extension().deliveryConventions());
    }

    private static String subject(Installation installation) {
        return "installations/" + installation.id();
    }
}
