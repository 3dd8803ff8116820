package io.kontor.integrations.owners;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.integrations.config.IntegrationsConfig;
import io.kontor.owners.OwnerRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;

import java.util.Optional;
import java.util.UUID;

/** store-service's REST API (DESIGN.md §2), asked as the caller. It owns the catalog and the installations. */
@ApplicationScoped
public class StoreApi {

    private static final String OWNER = "store-service";

    private final OwnerRequests requests;
    private final IntegrationsConfig config;

    StoreApi(OwnerRequests requests, IntegrationsConfig config) {
        this.requests = requests;
        this.config = config;
    }

    /**
     * @return the installation; empty when the caller's firm has none with this id (never had, or uninstalled it)
     * @throws io.kontor.owners.OwnerUnavailable store-service gave no usable answer in time
     */
    public Optional<StoreInstallation> installation(UUID installationId) {
        return requests.find(OWNER, UriBuilder.fromUri(config.storeUrl())
                        .path("api/v1/installations/{installationId}").build(installationId),
                StoreInstallation.class, "installation " + installationId);
    }

    /**
     * The catalog's JSON Schema of the settings an integration of this extension needs. store-service's installation
     * view does not carry it; the extension, which every role of every firm may read, does.
     *
     * @throws io.kontor.owners.OwnerUnavailable store-service gave no usable answer in time, or does not know
     *         the extension its own installation names
     */
    public JsonNode clientSettingsSchema(String extensionKey) {
        return requests.get(OWNER, UriBuilder.fromUri(config.storeUrl()).path("api/v1/extensions/{extensionKey}")
                        .build(extensionKey), StoreExtension.class, "extension " + extensionKey)
                .clientSettingsSchema();
    }
}
