package io.kontor.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The test resource every Quarkus test in Kontor uses: the real PostgreSQL and Kafka of this JVM, and the
 * test token issuer. Dev Services stay off: they need Docker, which the build machines do not have.
 */
public class KontorTestEnvironment implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestPostgres.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
                "mp.jwt.verify.publickey.location", TestTokens.PUBLIC_KEY_LOCATION,
                "mp.jwt.verify.issuer", TestTokens.ISSUER,
                "quarkus.devservices.enabled", "false");
    }

    @Override
    public void stop() {
        // PostgreSQL and Kafka outlive one Quarkus application: other test classes of this JVM reuse them.
    }
}
