package io.kontor.events.documents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code kontor.document.updated.v1}: a document's metadata was edited. The original bytes never change, so
 * neither do the size, hash and media type. Carries the complete metadata after the edit (a consumer needs no
 * earlier event to apply it) and which fields the edit changed.
 *
 * @param version       the metadata version this edit produced (the upload is version 1)
 * @param changedFields names of the {@link DocumentMetadata} fields that differ from the previous version
 * @param updatedBy     the user (token subject) who made the edit
 */
public record DocumentUpdated(UUID documentId, UUID clientId, String partnerId, DocumentType type, int version,
                              DocumentMetadata metadata, List<String> changedFields, Instant updatedAt,
                              String updatedBy, UUID possibleDuplicateOf) {
}
