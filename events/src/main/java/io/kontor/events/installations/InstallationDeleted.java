package io.kontor.events.installations;

import java.time.Instant;
import java.util.UUID;

/** {@code kontor.installation.deleted.v1}: uninstalled; every integration using it must stop. */
public record InstallationDeleted(UUID installationId, String partnerId, String extensionKey, Instant deletedAt) {
}
