package io.kontor.sync.api;

import io.kontor.sync.service.BackfillResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a backfill found and queued (or, in a dry run, would queue).")
public record BackfillView(
        boolean dryRun,
        @Schema(description = "Documents in the range whose type the integration takes") int matched,
        @Schema(description = "Of those, documents with a delivery to the integration already") int alreadyDelivered,
        @Schema(description = "BACKFILL deliveries queued; in a dry run, how many would be") int queued) {

    static BackfillView of(BackfillResult result) {
        return new BackfillView(result.dryRun(), result.matched(), result.alreadyDelivered(), result.queued());
    }
}
