package io.kontor.sync.owners;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.kontor.events.documents.DocumentMetadata;
import io.kontor.events.documents.DocumentType;

import java.time.Instant;
import java.util.UUID;

/** One document as documents-service lists it; only what a delivery needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListedDocument(UUID id, UUID clientId, DocumentType type, String fileName, String mediaType,
                             long sizeBytes, String sha256, Instant createdAt, int version,
                             UUID possibleDuplicateOf, DocumentMetadata metadata) {
}
