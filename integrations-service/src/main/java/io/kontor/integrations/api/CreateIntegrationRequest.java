package io.kontor.integrations.api;

import io.kontor.events.documents.DocumentType;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "Adds an integration of an installed extension to one client.")
public record CreateIntegrationRequest(
        @NotNull
        @Schema(description = "The installation (of the caller's firm) whose extension delivers the documents.",
                required = true)
        UUID installationId,
        @NotNull
        @Schema(description = "Client-level settings of the extension, e.g. {\"url\": \"https://…\"} for "
                + "generic-webhook.", required = true, example = "{\"url\": \"https://hooks.example.com/kontor\"}")
        Map<String, Object> settings,
        @Schema(description = "Which document types are delivered; absent or empty means every type.")
        List<@NotNull DocumentType> documentTypes) {
}
