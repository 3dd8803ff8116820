package io.kontor.integrations.messaging;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class ClientProjectionTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRedeliveredClientEventIsHandledOnceAndDoesNotUndoLaterChanges() throws SQLException {
        UUID clientId = UUID.randomUUID();
        String key = clientId.toString();
        Instant t0 = Instant.parse("2026-01-15T09:30:00Z");
        CloudEvent created = TestEvents.publish(EventTypes.CLIENT_CREATED, key, new ClientCreated(clientId,
                "partner-a", "Old name BV", "NL1", null, "NL", null, List.of(), t0));
        TestEvents.publish(EventTypes.CLIENT_UPDATED, key, new ClientUpdated(clientId, "partner-a", "New name BV",
                "NL1", null, "NL", null, List.of("user-anna"), t0.plusSeconds(1)));
        // The same record again, as a relay sends it after a lost acknowledgement; then garbage, then an archive.
        TestEvents.publish(Topics.CLIENTS, created);
        TestEvents.publishRaw(Topics.CLIENTS, key, "not an event".getBytes(StandardCharsets.UTF_8));
        TestEvents.publish(EventTypes.CLIENT_ARCHIVED, key, new ClientArchived(clientId, "partner-a",
                t0.plusSeconds(2)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "true".equals(
                query("select archived::text from known_client where client_id = ?", clientId)));
        assertThat(query("select name from known_client where client_id = ?", clientId)).isEqualTo("New name BV");
        assertThat(query("select accountant_ids::text from known_client where client_id = ?", clientId))
                .isEqualTo("[\"user-anna\"]");
        assertThat(query("select count(*)::text from processed_event where event_id = ?", created.id()))
                .isEqualTo("1");
    }

    private String query(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
