package io.kontor.outbox;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.PrometheusScrape;
import io.kontor.testing.TestKafka;
import io.kontor.testing.TopicReader;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
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

/** The outbox carries the writer's trace to Kafka and tells Prometheus how far behind it is. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class OutboxObservabilityTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Tracer tracer;

    @Test
    void theSpanCurrentWhenTheEventIsWrittenIsStoredWithTheRowAndPublishedAsTheTraceparentHeader() {
        UUID clientId = UUID.randomUUID();
        Span request = tracer.spanBuilder("request").startSpan();
        CloudEvent written;
        try (Scope ignored = request.makeCurrent()) {
            written = QuarkusTransaction.requiringNew().call(() -> archive(clientId));
        } finally {
            request.end();
        }
        String expected = "00-" + request.getSpanContext().getTraceId() + "-" + request.getSpanContext().getSpanId()
                + "-01";

        assertThat(storedTraceparent(written.id())).isEqualTo(expected);
        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            CloudEvent published = reader.readForKey(clientId.toString(), 1, TIMEOUT).get(0);
            assertThat(published.id()).isEqualTo(written.id());
            assertThat(published.traceparent()).isEqualTo(expected);
        }
    }

    @Test
    void anEventWrittenOutsideAnyTraceIsPublishedWithoutTraceparent() {
        UUID clientId = UUID.randomUUID();
        CloudEvent written = QuarkusTransaction.requiringNew().call(() -> archive(clientId));

        assertThat(storedTraceparent(written.id())).isNull();
        try (TopicReader reader = new TopicReader(Topics.CLIENTS)) {
            assertThat(reader.readForKey(clientId.toString(), 1, TIMEOUT).get(0).traceparent()).isNull();
        }
    }

    @Test
    void publishedEventsAreCountedPerTopic() {
        double before = PrometheusScrape.now().value("kontor_outbox_events_published_total", "topic", Topics.CLIENTS);

        IntStream.range(0, 3).forEach(i -> QuarkusTransaction.requiringNew().run(() -> archive(UUID.randomUUID())));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(PrometheusScrape.now()
                .value("kontor_outbox_events_published_total", "topic", Topics.CLIENTS))
                .isGreaterThanOrEqualTo(before + 3));
    }

    @Test
    void eventsWaitingForKafkaShowAsUnsentUntilTheyAreOut() {
        TestKafka.stopBroker();
        try {
            List.of(1, 2, 3, 4).forEach(i -> QuarkusTransaction.requiringNew().run(() -> archive(UUID.randomUUID())));

            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(PrometheusScrape.now()
                    .value("kontor_outbox_events_unsent")).isGreaterThanOrEqualTo(4));
        } finally {
            TestKafka.startBroker();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(PrometheusScrape.now()
                .value("kontor_outbox_events_unsent")).isZero());
    }

    private CloudEvent archive(UUID clientId) {
        entityManager.persist(new LedgerEntry(UUID.randomUUID(), "archived " + clientId));
        return outbox.publish(EventTypes.CLIENT_ARCHIVED, clientId.toString(), "clients/" + clientId,
                new ClientArchived(clientId, "partner-1", Instant.now()));
    }

    private String storedTraceparent(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select traceparent from outbox_event where event_id = ?1")
                .setParameter(1, UUID.fromString(eventId))
                .getSingleResult());
    }
}
