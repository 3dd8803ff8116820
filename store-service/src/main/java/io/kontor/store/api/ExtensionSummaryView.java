package io.kontor.store.api;

import io.kontor.events.documents.DocumentType;
import io.kontor.store.DeliveryChannel;
import io.kontor.store.Extension;
import io.kontor.store.ExtensionCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ExtensionSummary", description = "A catalog entry as the catalog list shows it (without schemas).")
public record ExtensionSummaryView(
        @Schema(examples = "generic-webhook") String key,
        String name,
        String vendor,
        String description,
        ExtensionCategory category,
        DeliveryChannel channel,
        @Schema(description = "The document folders this extension accepts") List<DocumentType> documentTypes,
        @Schema(description = "Whether a firm may install it more than once") boolean multipleInstallations) {

    static ExtensionSummaryView of(Extension extension) {
        return new ExtensionSummaryView(extension.key(), extension.name(), extension.vendor(),
                extension.description(), extension.category(), extension.channel(), extension.documentTypes(),
                extension.multipleInstallations());
    }
}
