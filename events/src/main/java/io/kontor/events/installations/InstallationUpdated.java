package io.kontor.events.installations;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code kontor.installation.updated.v1}: partner-level settings changed. Carries the installation as it now stands,
 * so a consumer keeps the one with the latest {@code updatedAt}; secrets travel only sealed for the sync-worker.
 */
public record InstallationUpdated(UUID installationId, String partnerId, String extensionKey, String channel,
                                  Instant updatedAt, PartnerSettings partnerSettings) {
}
