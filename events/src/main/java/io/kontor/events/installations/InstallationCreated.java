package io.kontor.events.installations;

import java.time.Instant;
import java.util.UUID;

/** {@code kontor.installation.created.v1}: a partner installed an extension for the firm. */
public record InstallationCreated(UUID installationId, String partnerId, String extensionKey, String channel,
                                  Instant createdAt) {
}
