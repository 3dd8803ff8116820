package io.kontor.integrations.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "Integrations, oldest first: a client's (always one page), or a page of an installation's.")
public record IntegrationList(
        List<IntegrationView> items,
        @Schema(description = "Pass as cursor to get the next page; absent on the last page (and always for a "
                + "client's integrations, which fit in one).", nullable = true)
        String nextCursor) {
}
