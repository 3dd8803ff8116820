package io.kontor.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.store.DeliveryChannel;
import io.kontor.store.Installation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Installation", description = "An extension installed by the firm.")
public record InstallationView(
        UUID id,
        @Schema(examples = "generic-webhook") String extensionKey,
        @Schema(description = "The extension's delivery channel, so that callers need not look it up")
        DeliveryChannel channel,
        @Schema(type = SchemaType.OBJECT, description = "Partner-level settings, without the secret ones (those the "
                + "schema marks writeOnly), which are never returned") JsonNode settings,
        @Schema(description = "Names of the secret settings that have a value, e.g. [\"password\"]")
        List<String> configuredSecrets,
        Instant createdAt,
        Instant updatedAt) {

    static InstallationView of(Installation installation) {
        return new InstallationView(installation.id(), installation.extension().key(),
                installation.extension().channel(), installation.settings(), installation.configuredSecrets(),
                installation.createdAt(),
                installation.updatedAt());
    }
}
