package io.kontor.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A client's integrations, oldest first.")
public record IntegrationList(
        List<IntegrationView> items,
        @Schema(description = "Always absent: a client's integrations fit in one page.", nullable = true)
        String nextCursor) {
}
