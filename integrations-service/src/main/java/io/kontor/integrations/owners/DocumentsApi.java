package io.kontor.integrations.owners;

import io.kontor.integrations.config.IntegrationsConfig;
import io.kontor.owners.OwnerRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;

import java.util.Optional;
import java.util.UUID;

/** documents-service's REST API (DESIGN.md §2), asked as the caller. It owns the client directory. */
@ApplicationScoped
public class DocumentsApi {

    private static final String OWNER = "documents-service";

    private final OwnerRequests requests;
    private final IntegrationsConfig config;

    DocumentsApi(OwnerRequests requests, IntegrationsConfig config) {
        this.requests = requests;
        this.config = config;
    }

    /**
     * @return the client; empty when the caller's firm has no such client
     * @throws io.kontor.owners.OwnerUnavailable documents-service gave no usable answer in time
     */
    public Optional<DirectoryClient> client(UUID clientId) {
        return requests.find(OWNER, UriBuilder.fromUri(config.documentsUrl()).path("api/v1/clients/{clientId}")
                .build(clientId), DirectoryClient.class, "client " + clientId);
    }
}
