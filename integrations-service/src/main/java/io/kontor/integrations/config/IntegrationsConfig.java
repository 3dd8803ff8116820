package io.kontor.integrations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "kontor.integrations")
public interface IntegrationsConfig {

    SigningSecrets signingSecrets();

    /**
     * documents-service, asked about a client whose {@code kontor.clients} event has not arrived yet. How long the
     * owners are waited for is {@code kontor.owners.*} (kontor-owner-requests).
     */
    @WithDefault("http://localhost:8081")
    URI documentsUrl();

    /** store-service, asked about an installation whose {@code kontor.installations} event has not arrived yet. */
    @WithDefault("http://localhost:8083")
    URI storeUrl();

    interface SigningSecrets {

        /**
         * How long a rotated-out webhook signing secret keeps signing next to its successor, so that the receiver
         * can switch without rejecting a delivery.
         */
        @WithDefault("PT24H")
        Duration rotationOverlap();
    }
}
