package io.kontor.sync.connector.email;

import io.kontor.sync.config.EmailConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** {@link EmailConfig} read from properties the way the service reads it, without starting the service. */
final class EmailConfigs {

    private EmailConfigs() {
    }

    /** @param properties names without the {@code kontor.sync.email.} prefix */
    static EmailConfig of(Map<String, String> properties) {
        Map<String, String> prefixed = new HashMap<>();
        properties.forEach((name, value) -> prefixed.put("kontor.sync.email." + name, value));
        return new SmallRyeConfigBuilder()
                .withMapping(EmailConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(prefixed, "test", 100))
                .build()
                .getConfigMapping(EmailConfig.class);
    }

    /** A relay on loopback, as tests run it; quick timeouts so a test never waits long. */
    static EmailConfig relay(int port, String tls) {
        return of(Map.of("host", "127.0.0.1", "port", Integer.toString(port), "tls", tls,
                "from", "documents@kontor.test", "connect-timeout", "2s", "timeout", "5s"));
    }
}
