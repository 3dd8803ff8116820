package io.kontor.store.messaging;

import io.kontor.events.EventTypes;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.events.installations.InstallationUpdated;
import io.kontor.outbox.Outbox;
import io.kontor.store.Installation;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * Maps installation changes to the {@code kontor.installations} contract and writes them to the outbox, inside
 * the caller's transaction. Key = partnerId: an installation belongs to the firm. Settings never travel in events.
 */
@ApplicationScoped
public class InstallationEvents {

    private final Outbox outbox;

    InstallationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Installation installation) {
        outbox.publish(EventTypes.INSTALLATION_CREATED, installation.partnerId(), subject(installation),
                new InstallationCreated(installation.id(), installation.partnerId(), installation.extension().key(),
                        installation.extension().channel().name(), installation.createdAt(),
                        installation.extension().clientSettingsSchema()));
    }

    public void updated(Installation installation) {
        outbox.publish(EventTypes.INSTALLATION_UPDATED, installation.partnerId(), subject(installation),
                new InstallationUpdated(installation.id(), installation.partnerId(), installation.extension().key(),
                        installation.updatedAt()));
    }

    public void deleted(Installation installation, Instant deletedAt) {
        outbox.publish(EventTypes.INSTALLATION_DELETED, installation.partnerId(), subject(installation),
                new InstallationDeleted(installation.id(), installation.partnerId(), installation.extension().key(),
                        deletedAt));
    }

    private static String subject(Installation installation) {
        return "installations/" + installation.id();
    }
}
