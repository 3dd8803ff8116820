package io.kontor.owners;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How long a caller waits on an owner ({@code KONTOR_OWNERS_CONNECT_TIMEOUT}, {@code …_READ_TIMEOUT},
 * {@code …_RETRY_AFTER}). The calls run inside the caller's request (and often its database transaction), so they are
 * bounded tightly: a caller waits at most about connect + read timeout before a 503 tells it to come back. Every
 * member has a default because every service with this jar validates the mapping, whether it asks an owner or not.
 * Where the owners are is each service's own configuration.
 */
@ConfigMapping(prefix = "kontor.owners")
public interface OwnerRequestsConfig {

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** From the request being sent to the whole answer having arrived. */
    @WithDefault("PT2S")
    Duration readTimeout();

    /** What a 503 {@code owner-unavailable} puts in Retry-After. */
    @WithDefault("PT5S")
    Duration retryAfter();
}
