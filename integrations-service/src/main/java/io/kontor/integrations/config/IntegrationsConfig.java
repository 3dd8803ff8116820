package io.kontor.integrations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "kontor.integrations")
public interface IntegrationsConfig {

    SigningSecrets signingSecrets();

    /** documents-service, asked about a client whose {@code kontor.clients} event has not arrived yet. */
    @WithDefault("http://localhost:8081")
    URI documentsUrl();

    /** store-service, asked about an installation whose {@code kontor.installations} event has not arrived yet. */
    @WithDefault("http://localhost:8083")
    URI storeUrl();

    Owners owners();

    interface SigningSecrets {

        /**
         * How long a rotated-out webhook signing secret keeps signing next to its successor, so that the receiver
         * can switch without rejecting a delivery.
         */
        @WithDefault("PT24H")
        Duration rotationOverlap();
    }

    /**
     * Calls to the services that own clients and installations. They run inside the caller's request (and its
     * database transaction), so they are bounded tightly: a caller waits at most about connect + read timeout
     * before a 503 tells it to come back.
     */
    interface Owners {

        @WithDefault("PT2S")
        Duration connectTimeout();

        /** From the request being sent to the whole answer having arrived. */
        @WithDefault("PT2S")
        Duration readTimeout();

        /** What a 503 {@code owner-unavailable} puts in Retry-After. */
        @WithDefault("PT5S")
        Duration retryAfter();
    }
}
