package io.kontor.sync.service;

import io.agroal.api.AgroalDataSource;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.sync.TestIntegration;
import io.kontor.sync.config.DeliveryConfig;
import io.kontor.sync.connector.Connectors;
import io.kontor.sync.delivery.WebhookReceiver;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Further replicas of the worker in one test JVM: executors built beside the application's own, each with a lease
 * owner of its own, claiming from the same database. Also what tests of several replicas need around them.
 */
@ApplicationScoped
public class Replicas {

    private final DeliveryClaims claims;
    private final DeliveryAttempts attempts;
    private final Connectors connectors;
    private final DeliveryConfig config;
    private final Clock clock;
    private final Tracer tracer;
    private final DeliveryMetrics metrics;
    private final DeliverySecretCipher deliveryCipher;
    private final AgroalDataSource dataSource;

    Replicas(DeliveryClaims claims, DeliveryAttempts attempts, Connectors connectors, DeliveryConfig config,
             Clock clock, Tracer tracer, DeliveryMetrics metrics, DeliverySecretCipher deliveryCipher,
             AgroalDataSource dataSource) {
        this.claims = claims;
        this.attempts = attempts;
        this.connectors = connectors;
        this.config = config;
        this.clock = clock;
        this.tracer = tracer;
        this.metrics = metrics;
        this.deliveryCipher = deliveryCipher;
        this.dataSource = dataSource;
    }

    /** A replica set up like the application. */
    public DeliveryExecutor replica() {
        return replica(config);
    }

    /** A replica that attempts, whatever the application's own setting, and has its own shutdown grace. */
    public DeliveryExecutor attemptingReplica(Duration shutdownGrace) {
        return replica(new AttemptingConfig(config, shutdownGrace));
    }

    private DeliveryExecutor replica(DeliveryConfig replicaConfig) {
        return new DeliveryExecutor(claims, attempts, connectors, replicaConfig, clock, tracer, metrics);
    }

    /** An active webhook integration of the client, posting to {@code receiver}, with a signing secret. */
    public TestIntegration webhookIntegration(String partner, UUID clientId, WebhookReceiver receiver) {
        TestIntegration integration = TestIntegration.webhook(partner, clientId, Instant.now().minusSeconds(1));
        return integration.withUrl(receiver.url("/hooks/" + integration.id()))
                .withSigningSecret(deliveryCipher.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "integration:" + integration.id()), Instant.now());
    }

    /** The single number {@code sql} counts, for one id as its only parameter. */
    public long count(String sql, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The application's delivery settings, but attempting, and with this replica's shutdown grace. */
    private record AttemptingConfig(DeliveryConfig application, Duration shutdownGrace) implements DeliveryConfig {

        @Override
        public List<Duration> retryDelays() {
            return application.retryDelays();
        }

        @Override
        public double jitter() {
            return application.jitter();
        }

        @Override
        public Duration lease() {
            return application.lease();
        }

        @Override
        public int concurrency() {
            return application.concurrency();
        }

        @Override
        public Duration pollInterval() {
            return application.pollInterval();
        }

        @Override
        public boolean enabled() {
            return true;
        }
    }
}
