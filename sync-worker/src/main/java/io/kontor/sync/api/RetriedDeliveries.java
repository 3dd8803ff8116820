package io.kontor.sync.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a retry of an integration's failures queued.")
public record RetriedDeliveries(
        @Schema(description = "How many FAILED deliveries are QUEUED again, each under its own id") int queued) {
}
