package io.kontor.events.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code kontor.document.created.v1}: a client's document was stored. {@code createdAt} is the instant the
 * delivery rule (DESIGN.md §5) compares with activation periods. The bytes are not in the event: fetch them from
 * documents-service ({@code GET /api/v1/clients/{clientId}/documents/{documentId}/content}).
 *
 * @param version             1 for a new document; each metadata edit adds one (see DocumentUpdated)
 * @param possibleDuplicateOf an earlier document of the client with the same counterparty, document number and
 *                            gross amount, or null
 */
public record DocumentCreated(UUID documentId, UUID clientId, String partnerId, DocumentType type, String fileName,
                              String mediaType, long sizeBytes, String sha256, Instant createdAt,
                              DocumentMetadata metadata, int version, UUID possibleDuplicateOf) {
}
