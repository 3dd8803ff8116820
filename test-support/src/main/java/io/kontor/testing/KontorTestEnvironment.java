package io.kontor.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The test resource every Quarkus test in Kontor uses: the real PostgreSQL and Kafka of this JVM. The token
 * issuer and key, and Dev Services off, come with this jar's {@code META-INF/microprofile-config.properties},
 * because smallrye-jwt needs them while the test application is built, before any test resource runs.
 */
public class KontorTestEnvironment implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestPostgres.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", TestKafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // PostgreSQL and Kafka outlive one Quarkus application: other test classes of this JVM reuse them.
    }
}
