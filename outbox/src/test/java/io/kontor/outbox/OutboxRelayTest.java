package io.kontor.outbox;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestKafka;
import io.kontor.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class OutboxRelayTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void anEventCommittedWithItsStateChangeIsPublishedAsACloudEventKeyedByClient() {
        UUID clientId = UUID.randomUUID();
        CloudEvent written = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.persist(new LedgerEntry(UUID.randomUUID(), "archived " + clientId));
            return outbox.publish(EventTypes.CLIENT_ARCHIVED, clientId.toString(), "clients/" + clientId,
                    new ClientArchived(clientId, "partner-1", Instant.parse("2026-01-01T00:00:00Z")));
        });

        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            CloudEvent published = reader.readForKey(clientId.toString(), 1, TIMEOUT).get(0);

            assertThat(published.id()).isEqualTo(written.id());
            assertThat(published.type()).isEqualTo("kontor.client.archived.v1");
            assertThat(published.source()).isEqualTo("/kontor/outbox-test");
            assertThat(published.subject()).isEqualTo("clients/" + clientId);
            assertThat(published.data(EventTypes.CLIENT_ARCHIVED).clientId()).isEqualTo(clientId);
        }
        await().atMost(TIMEOUT).until(() -> sentAt(written.id()) != null);
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() {
        UUID clientId = UUID.randomUUID();
        QuarkusTransaction.begin();
        entityManager.persist(new LedgerEntry(UUID.randomUUID(), "never"));
        outbox.publish(EventTypes.CLIENT_ARCHIVED, clientId.toString(), null,
                new ClientArchived(clientId, "partner-1", Instant.now()));
        QuarkusTransaction.rollback();
        String marker = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventTypes.CLIENT_ARCHIVED, marker, null,
                new ClientArchived(UUID.randomUUID(), "partner-1", Instant.now())));

        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            List<CloudEvent> events = reader.readUntil(all -> all.stream().anyMatch(e -> marker.equals(e.key())),
                    TIMEOUT);

            assertThat(events).noneMatch(e -> clientId.toString().equals(e.key()));
        }
    }

    @Test
    void eventsCommittedWhileKafkaIsDownArriveOnceAndInOrderPerKeyWhenItIsBack() {
        String clientA = UUID.randomUUID().toString();
        String clientB = UUID.randomUUID().toString();
        TestKafka.stopBroker();
        List<String> ids;
        try {
            ids = IntStream.range(0, 10).mapToObj(i -> QuarkusTransaction.requiringNew().call(() -> {
                String client = i % 2 == 0 ? clientA : clientB;
                entityManager.persist(new LedgerEntry(UUID.randomUUID(), client + " v" + i));
                return outbox.publish(EventTypes.CLIENT_UPDATED, client, null, updated(client, "v" + i)).id();
            })).toList();

            // The state changes committed although Kafka is down; their events wait, unsent.
            assertThat(count("select count(*) from ledger_entry where label like '" + clientA + "%'")).isEqualTo(5);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> ids.stream().allMatch(id -> sentAt(id) == null));
        } finally {
            TestKafka.startBroker();
        }

        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            List<CloudEvent> ofA = reader.readForKey(clientA, 5, Duration.ofSeconds(60));
            List<CloudEvent> ofB = reader.readForKey(clientB, 5, TIMEOUT);

            assertThat(ofA).extracting(e -> e.data(EventTypes.CLIENT_UPDATED).name())
                    .containsExactly("v0", "v2", "v4", "v6", "v8");
            assertThat(ofB).extracting(e -> e.data(EventTypes.CLIENT_UPDATED).name())
                    .containsExactly("v1", "v3", "v5", "v7", "v9");
            assertThat(ofA).extracting(CloudEvent::id).doesNotHaveDuplicates();
        }
        await().atMost(TIMEOUT).until(() -> ids.stream().allMatch(id -> sentAt(id) != null));
    }

    private static ClientUpdated updated(String clientId, String name) {
        return new ClientUpdated(UUID.fromString(clientId), "partner-1", name, "BE0123456789", null, "BE", null,
                List.of(), Instant.now());
    }

    private Object sentAt(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select sent_at from outbox_event where event_id = ?1")
                .setParameter(1, UUID.fromString(eventId))
                .getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
