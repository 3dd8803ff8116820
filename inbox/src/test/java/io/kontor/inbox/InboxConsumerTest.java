package io.kontor.inbox;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class InboxConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    EntityManager entityManager;

    @Inject
    InboxConsumer inbox;

    @Test
    void anEventDeliveredTwiceIsHandledOnce() {
        UUID clientId = UUID.randomUUID();
        CloudEvent event = TestEvents.publish(EventTypes.CLIENT_ARCHIVED, clientId.toString(), archived(clientId));
        TestEvents.publish(Topics.CLIENTS, event);
        UUID marker = publishMarkerOnSameKey(clientId);

        await().atMost(TIMEOUT).until(() -> logged(marker) == 1);

        assertThat(logged(clientId)).isEqualTo(1);
        assertThat(ArchiveLogHandler.ATTEMPTS.get(clientId)).hasValue(1);
    }

    @Test
    void aFailingEventIsRetriedUntilItSucceedsAndTheEventsBehindItWait() {
        UUID flaky = UUID.randomUUID();
        ArchiveLogHandler.FAILURES_LEFT.put(flaky, new AtomicInteger(2));
        TestEvents.publish(EventTypes.CLIENT_ARCHIVED, flaky.toString(), archived(flaky));
        UUID behind = publishMarkerOnSameKey(flaky);

        await().atMost(TIMEOUT).until(() -> logged(behind) == 1);

        assertThat(ArchiveLogHandler.ATTEMPTS.get(flaky)).hasValue(3);
        assertThat(logged(flaky)).as("the failed attempts' writes rolled back").isEqualTo(1);
        assertThat(firstLogId(flaky)).isLessThan(firstLogId(behind));
    }

    @Test
    void aRecordThatIsNotACloudEventIsSkippedAndDoesNotBlockItsPartition() {
        UUID clientId = UUID.randomUUID();
        TestEvents.publishRaw(Topics.CLIENTS, clientId.toString(), "{not json".getBytes(StandardCharsets.UTF_8));
        UUID marker = publishMarkerOnSameKey(clientId);

        await().atMost(TIMEOUT).until(() -> logged(marker) == 1);
    }

    @Test
    void offsetsAreCommittedOnceTheHandlersTransactionCommitted() throws Exception {
        UUID clientId = UUID.randomUUID();
        TestEvents.publish(EventTypes.CLIENT_ARCHIVED, clientId.toString(), archived(clientId));
        await().atMost(TIMEOUT).until(() -> logged(clientId) == 1);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            await().atMost(TIMEOUT).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets("inbox-test").partitionsToOffsetAndMetadata().get();
                long committedTotal = committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
                assertThat(committedTotal).isGreaterThanOrEqualTo(handledEvents());
            });
        }
    }

    /**
     * A rolling update stops the consumer while it handles an event: the event's transaction commits, and so does its
     * offset, so the partitions' next owner does not read it again. The consumer is started again afterwards.
     */
    @Test
    void stoppingWhileAnEventIsHandledCommitsItsOffsetBeforeTheConsumerLeaves() throws Exception {
        UUID held = UUID.randomUUID();
        CountDownLatch release = new CountDownLatch(1);
        ArchiveLogHandler.HELD.put(held, release);
        TestEvents.publish(EventTypes.CLIENT_ARCHIVED, held.toString(), archived(held));
        await().atMost(TIMEOUT).until(() -> ArchiveLogHandler.ATTEMPTS.containsKey(held));

        Thread stopping = new Thread(() -> {
            try {
                inbox.stop(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopping.start();
        // Waiting for the consumer thread to end means stop() has already woken the consumer up.
        await().atMost(TIMEOUT).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
        release.countDown();
        stopping.join(TIMEOUT.toMillis());

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestKafka.bootstrapServers()))) {
            TopicPartition partition = partitionOf(admin, Topics.CLIENTS, held.toString());
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("inbox-test")
                    .partitionsToOffsetAndMetadata().get().get(partition);
            assertThat(committed).isNotNull();
            assertThat(committed.offset()).as("committed offset of %s", partition).isEqualTo(end);
        } finally {
            inbox.start(null);
        }
        assertThat(logged(held)).isEqualTo(1);
        UUID marker = publishMarkerOnSameKey(held);
        await().atMost(TIMEOUT).until(() -> logged(marker) == 1);
        assertThat(ArchiveLogHandler.ATTEMPTS.get(held)).as("handled once, not again after the restart").hasValue(1);
    }

    /** The partition Kafka's default partitioner picks for a key. */
    private static TopicPartition partitionOf(Admin admin, String topic, String key) throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        return new TopicPartition(topic, Utils.toPositive(Utils.murmur2(keyBytes)) % partitions);
    }

    private UUID publishMarkerOnSameKey(UUID key) {
        UUID marker = UUID.randomUUID();
        TestEvents.publish(Topics.CLIENTS, CloudEvent.of(EventTypes.CLIENT_ARCHIVED, "/kontor/test", key.toString(),
                null, archived(marker)));
        return marker;
    }

    private static ClientArchived archived(UUID clientId) {
        return new ClientArchived(clientId, "partner-1", Instant.now());
    }

    private long logged(UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select count(e) from ArchiveLogEntry e where e.clientId = :id", Long.class)
                .setParameter("id", clientId).getSingleResult());
    }

    private long firstLogId(UUID clientId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select min(e.id) from ArchiveLogEntry e where e.clientId = :id", Long.class)
                .setParameter("id", clientId).getSingleResult());
    }

    private long handledEvents() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select event_id from processed_event").getResultList());
        return rows.size();
    }
}
