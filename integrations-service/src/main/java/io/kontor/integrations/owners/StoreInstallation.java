package io.kontor.integrations.owners;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * store-service's answer to {@code GET /api/v1/installations/{installationId}} (its {@code Installation} schema),
 * as far as this service keeps it; never the partner-level settings.
 *
 * @param channel {@code WEBHOOK}, {@code EMAIL} or {@code KAFKA}, as in {@code kontor.installation.created.v1}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoreInstallation(UUID id, String extensionKey, String channel, Instant updatedAt) {

    public StoreInstallation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(extensionKey, "extensionKey");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
