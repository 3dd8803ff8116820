package io.kontor.integrations.api;

import io.kontor.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "What became of each row, in request order: the rows that were valid were added (each "
        + "committed on its own), the others are listed with the problem that refused them.")
public record BulkActivationView(
        @Schema(description = "How many integrations were added") int created,
        @Schema(description = "How many rows were refused") int refused,
        List<Result> results) {

    @Schema(name = "BulkActivationResult")
    public record Result(
            @Schema(description = "The row's position in the request, from 0") int index,
            @Schema(nullable = true) UUID clientId,
            @Schema(description = "201 when added; otherwise the status the row would have had on its own "
                    + "(404 unknown client, 403 not assigned, 409 archived, 422 invalid settings, 503 documents-service "
                    + "or store-service could not be asked about a client or installation not known here yet: send "
                    + "the row again)") int status,
            @Schema(description = "The added integration, with its signingSecret shown this once", nullable = true)
            IntegrationView integration,
            @Schema(description = "Why the row was refused", nullable = true) Problem problem) {
    }
}
