package io.kontor.integrations.owners;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * store-service's answer to {@code GET /api/v1/extensions/{extensionKey}} (its {@code Extension} schema), as far as
 * this service needs it: the JSON Schema of the settings each integration of the extension is added with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StoreExtension(
        // Named, so that Jackson reads the member: a lone JsonNode argument would otherwise take the whole body.
        @JsonProperty("clientSettingsSchema") JsonNode clientSettingsSchema) {

    StoreExtension {
        if (clientSettingsSchema == null || !clientSettingsSchema.isObject()) {
            throw new IllegalArgumentException("clientSettingsSchema must be a JSON Schema object");
        }
    }
}
