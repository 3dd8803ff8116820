package io.kontor.sync.connector.webhook;

import io.kontor.sync.config.WebhookConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@link WebhookConfig} read from properties the way the service reads it, without starting the service. */
final class WebhookConfigs {

    private WebhookConfigs() {
    }

    /** @param properties names without the {@code kontor.sync.webhook.} prefix */
    static WebhookConfig of(Map<String, String> properties) {
        Map<String, String> prefixed = new HashMap<>();
        properties.forEach((name, value) -> prefixed.put("kontor.sync.webhook." + name, value));
        return new SmallRyeConfigBuilder()
                .withMapping(WebhookConfig.class)
                // Quarkus reads "15s" with this converter; plain SmallRye knows only ISO-8601 durations.
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(prefixed, "test", 100))
                .build()
                .getConfigMapping(WebhookConfig.class);
    }
}
