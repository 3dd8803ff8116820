package io.kontor.events.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code kontor.document.created.v1}: a client's document was stored. {@code createdAt} is the instant the
 * delivery rule (DESIGN.md §5) compares with activation periods.
 */
public record DocumentCreated(UUID documentId, UUID clientId, String partnerId, DocumentType type, String fileName,
                              String mediaType, long sizeBytes, String sha256, Instant createdAt,
                              DocumentMetadata metadata) {
}
