package io.kontor.documents.api;

import io.kontor.documents.config.DocumentsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/**
 * The public address of a download link. Behind an ingress the address a request arrived at may not be the one the
 * outside world uses, so {@code kontor.documents.download-links.base-url} can name it.
 */
@ApplicationScoped
class DownloadUrls {

    private final DocumentsConfig config;

    DownloadUrls(DocumentsConfig config) {
        this.config = config;
    }

    URI of(UriInfo request, String token) {
        URI base = config.downloadLinks().baseUrl().orElse(request.getBaseUri());
        return UriBuilder.fromUri(base).path(DownloadResource.class).path(DownloadResource.class, "download")
                .build(token);
    }
}
