package io.kontor.events.installations;

import java.time.Instant;
import java.util.UUID;

/** {@code kontor.installation.updated.v1}: partner-level settings changed. Secrets never travel in events. */
public record InstallationUpdated(UUID installationId, String partnerId, String extensionKey, Instant updatedAt) {
}
