package io.kontor.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InstallationSettingsRequest", description = "New partner-level settings of an installation.")
public record InstallationSettingsRequest(
        @Schema(type = SchemaType.OBJECT, description = "All settings as the extension's partnerSettingsSchema "
                + "describes them. A secret setting (writeOnly in the schema) that is left out keeps its value; "
                + "one sent as null is removed.")
        JsonNode settings) {
}
