package io.kontor.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstallationRequest", description = "Install an extension for the firm.")
public record InstallationRequest(
        @Schema(description = "Key of a catalog entry", examples = "generic-webhook")
        @NotBlank @Size(max = 100)
        String extensionKey,

        @Schema(type = SchemaType.OBJECT, description = "Partner-level settings as the extension's "
                + "partnerSettingsSchema describes them; may be left out when the schema requires none")
        JsonNode settings) {
}
