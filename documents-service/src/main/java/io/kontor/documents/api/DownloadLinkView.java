package io.kontor.documents.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.time.Instant;

@Schema(name = "DownloadLink", description = "A signed link to a document's original that works without a token "
        + "until it expires")
public record DownloadLinkView(
        @Schema(description = "GET this address to receive the original") URI url,
        Instant expiresAt) {
}
