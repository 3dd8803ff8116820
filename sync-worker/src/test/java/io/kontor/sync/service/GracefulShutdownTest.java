package io.kontor.sync.service;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.sync.RoutingOnly;
import io.kontor.sync.TestIntegration;
import io.kontor.sync.delivery.WebhookReceiver;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replica stopped by a rolling update while attempts are in flight: what finishes within the grace period is
 * recorded, what does not is cut off and given back, and no delivery is left in a lease for anyone to wait out. The
 * application's own executor is off (RoutingOnly), so the replicas built here are the only ones attempting.
 */
@QuarkusTest
@TestProfile(RoutingOnly.class)
@WithTestResource(KontorTestEnvironment.class)
class GracefulShutdownTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    Replicas replicas;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void attemptsInFlightFinishWithinTheGraceAndTheStoppedReplicaClaimsNothingMore() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.delayAnswers(Duration.ofSeconds(1));
            UUID clientId = UUID.randomUUID();
            String partner = activeWebhookIntegration(clientId, receiver);
            DeliveryExecutor replica = replicas.attemptingReplica(Duration.ofSeconds(30));
            replica.start(null);
            publishDocuments(partner, clientId, 4);
            await().atMost(TIMEOUT).until(() -> receiver.received().size() == 4);

            replica.stop(null);

            assertThat(statuses(clientId)).containsOnly(Map.entry("DELIVERED", 4L));
            assertThat(leased(clientId)).isZero();
            assertThat(count("select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id "
                    + "where d.client_id = ?", clientId)).isEqualTo(4);

            publishDocuments(partner, clientId, 2);
            await().atMost(TIMEOUT).until(() -> statuses(clientId).getOrDefault("QUEUED", 0L) == 2);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> leased(clientId) == 0 && statuses(clientId).get("QUEUED") == 2);
        }
    }

    @Test
    void attemptsOutlastingTheGraceAreCutOffUncountedAndTheNextReplicaDeliversThemUnderTheSameId() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.delayAnswers(Duration.ofSeconds(30));
            UUID clientId = UUID.randomUUID();
            String partner = activeWebhookIntegration(clientId, receiver);
            DeliveryExecutor stopped = replicas.attemptingReplica(Duration.ofMillis(300));
            stopped.start(null);
            publishDocuments(partner, clientId, 3);
            await().atMost(TIMEOUT).until(() -> receiver.received().size() == 3);

            stopped.stop(null);

            assertThat(leased(clientId)).as("deliveries left in a lease").isZero();
            assertThat(statuses(clientId)).containsOnlyKeys("QUEUED");
            assertThat(count("select count(*) from delivery where client_id = ? and next_attempt_at <= now()",
                    clientId)).as("due again at once").isEqualTo(3);
            assertThat(count("select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id "
                    + "where d.client_id = ? and a.error_class = 'interrupted'", clientId)).isEqualTo(3);
            assertThat(count("select count(*) from delivery where client_id = ? and attempts - schedule_offset = 0",
                    clientId)).as("cut-off attempts the retry schedule does not count").isEqualTo(3);

            receiver.delayAnswers(Duration.ZERO);
            DeliveryExecutor next = replicas.attemptingReplica(Duration.ofSeconds(30));
            next.start(null);
            try {
                await().atMost(TIMEOUT).until(() -> statuses(clientId).getOrDefault("DELIVERED", 0L) == 3);
            } finally {
                next.stop(null);
            }
            assertThat(leased(clientId)).isZero();
            Map<String, Long> requestsPerWebhookId = receiver.received().stream()
                    .collect(Collectors.groupingBy(request -> request.header("webhook-id"), Collectors.counting()));
            assertThat(requestsPerWebhookId).as("the cut-off request and its resend carry the same webhook-id")
                    .hasSize(3).allSatisfy((id, requests) -> assertThat(requests).isEqualTo(2));
        }
    }

    private String activeWebhookIntegration(UUID clientId, WebhookReceiver receiver) {
        String partner = "partner-" + UUID.randomUUID();
        TestIntegration integration = replicas.webhookIntegration(partner, clientId, receiver);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, clientId.toString(), integration.created());
        await().atMost(TIMEOUT).until(() -> count("select count(*) from integration where client_id = ?",
                clientId) == 1);
        return partner;
    }

    private static void publishDocuments(String partner, UUID clientId, int documents) {
        for (int i = 0; i < documents; i++) {
            TestEvents.publish(EventTypes.DOCUMENT_CREATED, clientId.toString(), new DocumentCreated(
                    UUID.randomUUID(), clientId, partner, DocumentType.OTHER, "doc-" + i + ".pdf", "application/pdf",
                    100, "ab".repeat(32), Instant.now().truncatedTo(ChronoUnit.MICROS), null, 1, null));
        }
    }

    private Map<String, Long> statuses(UUID clientId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select status, count(*) from delivery where client_id = ? group by status")) {
            statement.setObject(1, clientId);
            try (ResultSet result = statement.executeQuery()) {
                Map<String, Long> statuses = new TreeMap<>();
                while (result.next()) {
                    statuses.put(result.getString(1), result.getLong(2));
                }
                return statuses;
            }
        }
    }

    private long leased(UUID clientId) throws SQLException {
        return count("select count(*) from delivery where client_id = ? and (lease_owner is not null "
                + "or leased_until is not null)", clientId);
    }

    private long count(String sql, UUID clientId) throws SQLException {
        return replicas.count(sql, clientId);
    }
}
