package io.kontor.sync.messaging;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationDeleted;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class IntegrationProjectionTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRedeliveredIntegrationEventIsHandledOnce() throws SQLException {
        UUID clientId = UUID.randomUUID();
        String key = clientId.toString();
        Instant t0 = Instant.parse("2026-01-15T09:30:00Z");
        IntegrationCreated data = new IntegrationCreated(UUID.randomUUID(), clientId, "partner-a",
                UUID.randomUUID(), "generic-webhook", "WEBHOOK", List.of(), t0, null);
        UUID id = data.integrationId();
        CloudEvent created = TestEvents.publish(EventTypes.INTEGRATION_CREATED, key, data);
        CloudEvent deactivated = TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, key,
                new IntegrationDeactivated(id, clientId, "partner-a", t0.plusSeconds(10), "user:user-anna", null));
        // The same records again (a relay after a lost acknowledgement), and the creation under a new event id.
        TestEvents.publish(Topics.INTEGRATIONS, created);
        TestEvents.publish(Topics.INTEGRATIONS, deactivated);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, key, data);
        TestEvents.publish(EventTypes.INTEGRATION_ACTIVATED, key,
                new IntegrationActivated(id, clientId, "partner-a", t0.plusSeconds(20), null));

        await().atMost(TIMEOUT).until(() -> periods(id).size() == 2);
        assertThat(periods(id)).containsExactly(
                t0 + " - " + t0.plusSeconds(10),
                t0.plusSeconds(20) + " - open");
        assertThat(text("select status from integration where integration_id = ?", id)).isEqualTo("ACTIVE");
        assertThat(text("select count(*)::text from processed_event where event_id = ?", created.id()))
                .isEqualTo("1");
    }

    @Test
    void anEventAboutAnIntegrationNeverSeenIsSkippedWithoutBlockingTheOnesAfterIt() throws SQLException {
        UUID clientId = UUID.randomUUID();
        String key = clientId.toString();
        UUID unknown = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestEvents.publish(EventTypes.INTEGRATION_ACTIVATED, key,
                new IntegrationActivated(unknown, clientId, "partner-a", now, null));
        TestEvents.publish(EventTypes.INTEGRATION_DELETED, key,
                new IntegrationDeleted(unknown, clientId, "partner-a", now, null));
        IntegrationCreated next = new IntegrationCreated(UUID.randomUUID(), clientId, "partner-a", UUID.randomUUID(),
                "generic-webhook", "WEBHOOK", List.of(), now, null);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, key, next);

        await().atMost(TIMEOUT).until(() -> periods(next.integrationId()).size() == 1);
        assertThat(text("select count(*)::text from integration where integration_id = ?", unknown)).isEqualTo("0");
    }

    @Test
    void aDeletionEndsTheOpenPeriod() throws SQLException {
        UUID clientId = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-02-01T08:00:00Z");
        IntegrationCreated data = new IntegrationCreated(UUID.randomUUID(), clientId, "partner-a",
                UUID.randomUUID(), "generic-webhook", "WEBHOOK", List.of(), t0, null);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, clientId.toString(), data);
        TestEvents.publish(EventTypes.INTEGRATION_DELETED, clientId.toString(),
                new IntegrationDeleted(data.integrationId(), clientId, "partner-a", t0.plusSeconds(30), null));

        await().atMost(TIMEOUT).until(() -> "DELETED".equals(
                text("select status from integration where integration_id = ?", data.integrationId())));
        assertThat(periods(data.integrationId())).containsExactly(t0 + " - " + t0.plusSeconds(30));
    }

    private List<String> periods(UUID integrationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select activated_at, deactivated_at from integration_activation
                      where integration_id = ? order by activated_at""")) {
            statement.setObject(1, integrationId);
            List<String> periods = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    var end = result.getTimestamp(2);
                    periods.add(result.getTimestamp(1).toInstant() + " - "
                            + (end == null ? "open" : end.toInstant().toString()));
                }
            }
            return periods;
        }
    }

    private String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
