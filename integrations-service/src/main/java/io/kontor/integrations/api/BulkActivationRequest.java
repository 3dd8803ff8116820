package io.kontor.integrations.api;

import io.kontor.events.documents.DocumentType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "Activates one installation for many clients, each with its own client-level settings.")
public record BulkActivationRequest(
        @NotNull
        @Size(min = 1, max = BulkActivationRequest.MAX_ROWS)
        @Schema(description = "One row per integration to add (a client may appear more than once: two webhooks). "
                + "At most " + BulkActivationRequest.MAX_ROWS + ".", required = true)
        List<@NotNull Row> integrations) {

    /** Enough for a firm's whole client list in a few requests, small enough to answer well within a timeout. */
    static final int MAX_ROWS = 500;

    @Schema(name = "BulkActivationRow", description = "One client's integration; checked like POST "
            + "/clients/{clientId}/integrations.")
    public record Row(
            @Schema(required = true) UUID clientId,
            @Schema(required = true, example = "{\"url\": \"https://hooks.example.com/kontor/client-42\"}")
            Map<String, Object> settings,
            @Schema(description = "Absent or empty means every type.") List<DocumentType> documentTypes) {
    }
}
