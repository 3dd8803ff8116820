package io.kontor.inbox;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.PrometheusScrape;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer joins the trace an event carries, and reports what it handled, what failed and how far behind it is. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class InboxObservabilityTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String PRODUCER_SPAN_ID = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void anEventIsHandledInAConsumerSpanThatContinuesTheTraceOfItsTraceparentHeader() {
        UUID clientId = UUID.randomUUID();
        CloudEvent event = CloudEvent.of(EventTypes.CLIENT_ARCHIVED, "/kontor/test", clientId.toString(), null,
                archived(clientId)).withTraceparent("00-" + TRACE_ID + "-" + PRODUCER_SPAN_ID + "-01");
        TestEvents.publish(Topics.CLIENTS, event);

        SpanData consumer = consumerSpanOf(event);

        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(consumer.getParentSpanId()).isEqualTo(PRODUCER_SPAN_ID);
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.destination.name")))
                .isEqualTo(Topics.CLIENTS);
        assertThat(ArchiveLogHandler.TRACES.get(clientId))
                .as("the handler runs inside the consumer span, so what it writes joins the trace")
                .isEqualTo("00-" + TRACE_ID + "-" + consumer.getSpanId() + "-01");
    }

    @Test
    void anEventWithoutTraceparentStartsANewTrace() {
        UUID clientId = UUID.randomUUID();
        CloudEvent event = TestEvents.publish(EventTypes.CLIENT_ARCHIVED, clientId.toString(), archived(clientId));

        SpanData consumer = consumerSpanOf(event);

        assertThat(consumer.getParentSpanContext().isValid()).isFalse();
        assertThat(ArchiveLogHandler.TRACES.get(clientId)).contains(consumer.getTraceId());
    }

    @Test
    void handledAndFailedEventsAreCountedByTopicAndType() {
        PrometheusScrape before = PrometheusScrape.now();
        UUID flaky = UUID.randomUUID();
        ArchiveLogHandler.FAILURES_LEFT.put(flaky, new AtomicInteger(1));

        TestEvents.publish(EventTypes.CLIENT_ARCHIVED, flaky.toString(), archived(flaky));

        String[] labels = {"topic", Topics.CLIENTS, "type", EventTypes.CLIENT_ARCHIVED.name()};
        await().atMost(TIMEOUT).untilAsserted(() -> {
            PrometheusScrape after = PrometheusScrape.now();
            assertThat(after.value("kontor_inbox_events_failed_total", labels))
                    .isGreaterThanOrEqualTo(before.value("kontor_inbox_events_failed_total", labels) + 1);
            assertThat(after.value("kontor_inbox_events_handled_total", labels))
                    .isGreaterThanOrEqualTo(before.value("kontor_inbox_events_handled_total", labels) + 1);
        });
    }

    @Test
    void theConsumersLagIsExposedPerTopic() {
        TestEvents.publish(EventTypes.CLIENT_ARCHIVED, UUID.randomUUID().toString(), archived(UUID.randomUUID()));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(PrometheusScrape.now()
                .samples("kafka_consumer_fetch_manager_records_lag_max"))
                .anySatisfy(sample -> {
                    assertThat(sample.labels()).containsEntry("topic", Topics.CLIENTS)
                            .containsEntry("client_id", "inbox-test-inbox");
                    assertThat(sample.value()).isGreaterThanOrEqualTo(0);
                }));
    }

    private SpanData consumerSpanOf(CloudEvent event) {
        return TestSpans.awaitSpan(spans, span -> event.id().equals(
                span.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))), TIMEOUT);
    }

    private static ClientArchived archived(UUID clientId) {
        return new ClientArchived(clientId, "partner-1", Instant.now());
    }
}
