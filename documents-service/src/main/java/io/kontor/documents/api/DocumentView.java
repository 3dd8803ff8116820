package io.kontor.documents.api;

import io.kontor.documents.Document;
import io.kontor.documents.DocumentDetails;
import io.kontor.documents.StoredFile;
import io.kontor.events.documents.DocumentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Document", description = "A client's document: the facts of its immutable original and its "
        + "current metadata.")
public record DocumentView(
        UUID id,
        UUID clientId,
        @Schema(description = "The folder") DocumentType type,
        @Schema(description = "The name it was uploaded under") String fileName,
        @Schema(description = "Sniffed from the bytes at upload; the uploader's Content-Type is not used",
                examples = "application/pdf") String mediaType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the original, lower-case hex") String sha256,
        Instant createdAt,
        @Schema(description = "The user (token subject) who uploaded it") String createdBy,
        @Schema(description = "Metadata version: 1 at upload, one more per edit") int version,
        Instant updatedAt,
        String updatedBy,
        @Schema(description = "An earlier document of the client with the same counterparty, document number and "
                + "gross amount; absent when there is none") UUID possibleDuplicateOf,
        DocumentDetails metadata) {

    static DocumentView of(Document document) {
        StoredFile file = document.file();
        return new DocumentView(document.id(), document.clientId(), document.type(), file.fileName(),
                file.mediaType(), file.sizeBytes(), file.sha256(), document.createdAt(), document.createdBy(),
                document.version(), document.updatedAt(), document.updatedBy(), document.possibleDuplicateOf(),
                document.details());
    }
}
