package io.kontor.sync.service;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.sync.TestIntegration;
import io.kontor.sync.delivery.WebhookReceiver;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas' executors claim from one database at once (the second one built here beside the application's
 * own, with its own lease owner): every (document, integration) pair is delivered exactly once, under one id.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class TwoReplicasTest {

    private static final int DOCUMENTS = 500;

    @Inject
    Replicas replicas;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoReplicasDeliverEveryPairOnceAndNoPairUnderTwoIds() throws Exception {
        DeliveryExecutor secondReplica = replicas.replica();
        secondReplica.start(null);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String partner = "partner-" + UUID.randomUUID();
            UUID clientId = UUID.randomUUID();
            List<TestIntegration> integrations = List.of(replicas.webhookIntegration(partner, clientId, receiver),
                    replicas.webhookIntegration(partner, clientId, receiver));
            integrations.forEach(integration -> TestEvents.publish(EventTypes.INTEGRATION_CREATED,
                    clientId.toString(), integration.created()));
            await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from integration "
                    + "where client_id = ?", clientId) == 2);

            Instant start = Instant.now();
            for (int i = 0; i < DOCUMENTS; i++) {
                TestEvents.publish(EventTypes.DOCUMENT_CREATED, clientId.toString(), new DocumentCreated(
                        UUID.randomUUID(), clientId, partner, DocumentType.OTHER, "doc-" + i + ".pdf",
                        "application/pdf", 100, "ab".repeat(32), Instant.now().truncatedTo(ChronoUnit.MICROS), null,
                        1, null));
            }

            await().atMost(Duration.ofSeconds(120)).until(() -> count("select count(*) from delivery "
                    + "where client_id = ? and status = 'DELIVERED'", clientId) == 2L * DOCUMENTS);
            System.out.printf("%d deliveries by two replicas in %d ms%n", 2 * DOCUMENTS,
                    Duration.between(start, Instant.now()).toMillis());

            List<WebhookReceiver.Received> received = receiver.received();
            Map<String, Long> perId = received.stream()
                    .collect(Collectors.groupingBy(request -> request.header("webhook-id"), Collectors.counting()));
            assertThat(perId).hasSize(2 * DOCUMENTS);
            assertThat(perId).as("attempts of the deliveries received twice: %s", attemptsOf(perId))
                    .allSatisfy((id, times) -> assertThat(times).isEqualTo(1));
            assertThat(received).hasSize(2 * DOCUMENTS);
            Map<String, Long> perPair = received.stream().collect(Collectors.groupingBy(
                    request -> request.path() + " " + documentOf(request), Collectors.counting()));
            assertThat(perPair).hasSize(2 * DOCUMENTS);
            assertThat(count("select count(*) from delivery_attempt a join delivery d on d.id = a.delivery_id "
                    + "where d.client_id = ?", clientId)).isEqualTo(2L * DOCUMENTS);
        } finally {
            secondReplica.stop(null);
        }
    }

    private static String documentOf(WebhookReceiver.Received request) {
        String body = request.bodyText();
        int at = body.indexOf("\"documentId\":\"") + "\"documentId\":\"".length();
        return body.substring(at, at + 36);
    }

    /** Diagnosis for a failure: every attempt of each delivery the receiver got more than once. */
    private List<String> attemptsOf(Map<String, Long> perId) {
        return perId.entrySet().stream().filter(entry -> entry.getValue() > 1).map(entry -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(
                         "select attempt_number, http_status, error_class, error_message from delivery_attempt "
                                 + "where delivery_id = ? order by attempt_number")) {
                statement.setObject(1, UUID.fromString(entry.getKey()));
                StringBuilder attempts = new StringBuilder(entry.getKey()).append(':');
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        attempts.append(" [").append(result.getInt(1)).append(' ').append(result.getObject(2))
                                .append(' ').append(result.getString(3)).append(' ').append(result.getString(4))
                                .append(']');
                    }
                }
                return attempts.toString();
            } catch (SQLException e) {
                return entry.getKey() + ": " + e;
            }
        }).toList();
    }

    private long count(String sql, UUID clientId) throws SQLException {
        return replicas.count(sql, clientId);
    }
}
