package io.kontor.integrations.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "kontor.integrations")
public interface IntegrationsConfig {

    SigningSecrets signingSecrets();

    interface SigningSecrets {

        /**
         * How long a rotated-out webhook signing secret keeps signing next to its successor, so that the receiver
         * can switch without rejecting a delivery.
         */
        @WithDefault("PT24H")
        Duration rotationOverlap();
    }
}
