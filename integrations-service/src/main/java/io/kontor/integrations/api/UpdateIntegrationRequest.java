package io.kontor.integrations.api;

import io.kontor.events.documents.DocumentType;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(description = "Replaces an integration's client-level settings and document types; its activation periods "
        + "do not change.")
public record UpdateIntegrationRequest(
        @NotNull
        @Schema(description = "The client-level settings, in full, checked against the extension's schema.",
                required = true, example = "{\"url\": \"https://hooks.example.com/kontor-v2\"}")
        Map<String, Object> settings,
        @Schema(description = "Which document types are delivered; absent or empty means every type.")
        List<@NotNull DocumentType> documentTypes) {
}
