package io.kontor.documents.api;

import io.kontor.documents.DocumentDetails;
import io.kontor.documents.DocumentRevision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "DocumentRevision", description = "One version of a document's metadata")
public record DocumentRevisionView(
        int version,
        Instant changedAt,
        @Schema(description = "The user (token subject) who made this version") String changedBy,
        @Schema(description = "The fields that differ from the version before (at version 1: those given at "
                + "upload)") List<String> changedFields,
        @Schema(description = "The complete metadata of this version") DocumentDetails metadata) {

    static DocumentRevisionView of(DocumentRevision revision) {
        return new DocumentRevisionView(revision.version(), revision.changedAt(), revision.changedBy(),
                revision.changedFields(), revision.metadata());
    }
}
