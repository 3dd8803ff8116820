package io.kontor.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.documents.DocumentType;
import io.kontor.store.DeliveryChannel;
import io.kontor.store.Extension;
import io.kontor.store.ExtensionCategory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Extension", description = "A catalog entry with the JSON Schemas a frontend renders settings forms "
        + "from.")
public record ExtensionView(
        @Schema(examples = "generic-webhook") String key,
        String name,
        String vendor,
        String description,
        ExtensionCategory category,
        DeliveryChannel channel,
        @Schema(description = "The document folders this extension accepts") List<DocumentType> documentTypes,
        @Schema(description = "Whether a firm may install it more than once") boolean multipleInstallations,
        @Schema(type = SchemaType.OBJECT, description = "JSON Schema (draft 2020-12) of the settings asked when "
                + "the firm installs the extension")
        JsonNode partnerSettingsSchema,
        @Schema(type = SchemaType.OBJECT, description = "JSON Schema (draft 2020-12) of the settings asked per "
                + "client when an integration is added")
        JsonNode clientSettingsSchema) {

    static ExtensionView of(Extension extension) {
        return new ExtensionView(extension.key(), extension.name(), extension.vendor(), extension.description(),
                extension.category(), extension.channel(), extension.documentTypes(),
                extension.multipleInstallations(), extension.partnerSettingsSchema(),
                extension.clientSettingsSchema());
    }
}
