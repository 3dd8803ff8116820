package io.kontor.sync.api;

import io.kontor.events.documents.DocumentType;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "Deliver the client's documents stored in [from, to) to this integration.")
public record BackfillRequest(
        @NotNull @Schema(description = "Stored at or after (ISO instant)", required = true,
                examples = "2026-01-01T00:00:00Z") Instant from,
        @NotNull @Schema(description = "Stored before (ISO instant)", required = true,
                examples = "2026-02-01T00:00:00Z") Instant to,
        @Schema(description = "Only these types (and only those the integration takes); absent or empty: every "
                + "type the integration takes") List<@NotNull DocumentType> documentTypes,
        @Schema(description = "true: only count what would be queued", defaultValue = "false") Boolean dryRun) {
}
