package io.kontor.events.installations;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code kontor.installation.created.v1}: a partner installed an extension for the firm.
 *
 * @param clientSettingsSchema the JSON Schema of the settings each integration of this installation needs (asked
 *                             per client), so that integrations-service can check them without calling back
 * @param partnerSettings      the firm's settings, secrets sealed for the sync-worker, and the package's conventions
 */
public record InstallationCreated(UUID installationId, String partnerId, String extensionKey, String channel,
                                  Instant createdAt, JsonNode clientSettingsSchema,
                                  PartnerSettings partnerSettings) {
}
