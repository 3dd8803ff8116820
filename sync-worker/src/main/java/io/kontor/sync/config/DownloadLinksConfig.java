package io.kontor.sync.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The links to originals that deliveries carry ({@code kontor.sync.download-links.*}): signed with the key
 * documents-service checks them with, pointing at its public address.
 */
@ConfigMapping(prefix = "kontor.sync.download-links")
public interface DownloadLinksConfig {

    /** The same base64 key as documents-service's {@code kontor.documents.download-links.secret}. No default. */
    String secret();

    /** documents-service's address as receivers reach it; links read {@code <base-url>/api/v1/downloads/<token>}. */
    @WithDefault("http://localhost:8081")
    String baseUrl();

    /** How long a delivered link works: long enough for a receiver that queues its work, short enough to leak little. */
    @WithDefault("PT24H")
    Duration ttl();
}
