package io.kontor.sync.owners;

import io.kontor.owners.OwnerRequests;
import io.kontor.sync.config.SyncConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * documents-service's REST API (DESIGN.md §2), asked as the caller: it owns the documents, so a backfill lists them
 * there rather than trusting that every one of them passed through this worker's topic.
 */
@ApplicationScoped
public class DocumentsApi {

    private static final String OWNER = "documents-service";
    private static final int PAGE_SIZE = 200;

    private final OwnerRequests requests;
    private final SyncConfig config;

    DocumentsApi(OwnerRequests requests, SyncConfig config) {
        this.requests = requests;
        this.config = config;
    }

    /**
     * One page of the client's documents stored in [{@code from}, {@code to}), oldest first.
     *
     * @param cursor the previous page's {@code nextCursor}, or null for the first
     * @return the page; empty when the caller's firm has no such client
     * @throws io.kontor.owners.OwnerUnavailable documents-service gave no usable answer in time
     */
    public Optional<DocumentPage> page(UUID clientId, Instant from, Instant to, String cursor) {
        UriBuilder uri = UriBuilder.fromUri(config.documentsUrl()).path("api/v1/clients/{clientId}/documents")
                .queryParam("createdFrom", from.toString())
                .queryParam("createdTo", to.toString())
                .queryParam("sort", "createdAt")
                .queryParam("limit", PAGE_SIZE);
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        return requests.find(OWNER, uri.build(clientId), DocumentPage.class, "documents of client " + clientId);
    }
}
