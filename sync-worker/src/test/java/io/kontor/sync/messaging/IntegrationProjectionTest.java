package io.kontor.sync.messaging;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.sync.TestIntegration;
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
    void aRedeliveredOrOlderIntegrationEventChangesNothing() throws SQLException {
        UUID clientId = UUID.randomUUID();
        String key = clientId.toString();
        Instant t0 = Instant.parse("2026-01-15T09:30:00Z");
        TestIntegration integration = TestIntegration.webhook("partner-a", clientId, t0);
        UUID id = integration.id();
        IntegrationCreated creation = integration.created();
        CloudEvent created = TestEvents.publish(EventTypes.INTEGRATION_CREATED, key, creation);
        CloudEvent deactivated = TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, key,
                integration.deactivated(t0.plusSeconds(10), "user:user-anna"));
        // The same records again (a relay after a lost acknowledgement), and the creation under a new event id:
        // its snapshot is older than what is known, so it must not reopen the first period.
        TestEvents.publish(Topics.INTEGRATIONS, created);
        TestEvents.publish(Topics.INTEGRATIONS, deactivated);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, key, creation);
        TestEvents.publish(EventTypes.INTEGRATION_ACTIVATED, key, integration.activated(t0.plusSeconds(20)));

        await().atMost(TIMEOUT).until(() -> periods(id).size() == 2);
        assertThat(periods(id)).containsExactly(
                t0 + " - " + t0.plusSeconds(10),
                t0.plusSeconds(20) + " - open");
        assertThat(text("select status || ' ' || revision from integration where integration_id = ?", id))
                .isEqualTo("ACTIVE 3");
        assertThat(text("select count(*)::text from processed_event where event_id = ?", created.id()))
                .isEqualTo("1");
    }

    @Test
    void theCopyKeepsWhatDeliveringNeedsAndTheReasonItStopped() throws SQLException {
        UUID clientId = UUID.randomUUID();
        String key = clientId.toString();
        Instant t0 = Instant.parse("2026-03-01T08:00:00Z");
        TestIntegration integration = TestIntegration.webhook("partner-a", clientId, t0)
                .withSigningSecret("v1:test-delivery-1:c2VhbGVk", t0);
        UUID delivery = UUID.randomUUID();
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, key, integration.created());
        TestEvents.publish(EventTypes.INTEGRATION_UPDATED, key,
                integration.updatedUrl(t0.plusSeconds(5), "https://hooks.example.com/v2"));
        TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, key, integration.disabled(t0.plusSeconds(9), delivery));

        await().atMost(TIMEOUT).until(() -> "DISABLED".equals(
                text("select status from integration where integration_id = ?", integration.id())));
        assertThat(text("select settings->>'url' from integration where integration_id = ?", integration.id()))
                .isEqualTo("https://hooks.example.com/v2");
        assertThat(text("select signing_secrets->0->>'sealedSecret' from integration where integration_id = ?",
                integration.id())).isEqualTo("v1:test-delivery-1:c2VhbGVk");
        assertThat(text("select status_reason from integration where integration_id = ?", integration.id()))
                .isEqualTo("endpoint-gone:" + delivery);
        assertThat(text("select deactivation_reason from integration_activation where integration_id = ?",
                integration.id())).isEqualTo("endpoint-gone:" + delivery);
    }

    @Test
    void aDeletionEndsTheOpenPeriod() throws SQLException {
        UUID clientId = UUID.randomUUID();
        Instant t0 = Instant.parse("2026-02-01T08:00:00Z");
        TestIntegration integration = TestIntegration.webhook("partner-a", clientId, t0);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, clientId.toString(), integration.created());
        TestEvents.publish(EventTypes.INTEGRATION_DELETED, clientId.toString(),
                integration.deleted(t0.plusSeconds(30)));

        await().atMost(TIMEOUT).until(() -> "DELETED".equals(
                text("select status from integration where integration_id = ?", integration.id())));
        assertThat(periods(integration.id())).containsExactly(t0 + " - " + t0.plusSeconds(30));
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
