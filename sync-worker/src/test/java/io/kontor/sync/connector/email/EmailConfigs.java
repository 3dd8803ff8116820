package io.kontor.sync.connector.email;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.sync.connector.InstallationSettings;
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

    /** Relays on loopback, as tests run them; quick timeouts so a test never waits long. */
    static EmailConfig loopback() {
        return of(Map.of("allowed-networks", "127.0.0.0/8,::1/128", "connect-timeout", "2s", "timeout", "5s"));
    }

    /** A firm's relay on loopback, as its installation of a generic mail extension sets it. */
    static InstallationSettings relayAt(int port, String tls) {
        return relayAt(port, tls, JsonNodeFactory.instance.objectNode());
    }

    /** @param conventions the catalog's for the package, as store-service's events carry them */
    static InstallationSettings relayAt(int port, String tls, ObjectNode conventions) {
        return new InstallationSettings(JsonNodeFactory.instance.objectNode().put("smtpHost", "127.0.0.1")
                .put("smtpPort", port).put("tls", tls).put("fromAddress", "documents@kontor.test"), conventions);
    }
}
