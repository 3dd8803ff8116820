package io.kontor.inbox;

import io.kontor.events.MalformedEventException;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.tracing.TraceParents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Reads the topics of every {@link EventHandler} bean and hands each record to its handler. Offsets are committed
 * only after the handler's transaction committed, so a crash re-reads events rather than losing them; the
 * processed-event table makes the re-read harmless. A failing event is retried from the same offset with backoff:
 * a partition never skips an event.
 *
 * <p>Each event is handled in a consumer span that continues the trace of its {@code traceparent} header, so what
 * the handler writes (an outbox event, a delivery) belongs to the trace of the request that caused the event.
 * A plain {@code KafkaConsumer} rather than SmallRye Reactive Messaging, so its span and its client metrics
 * (records-lag-max and the rest) are set up here.
 */
@ApplicationScoped
public class InboxConsumer {

    private static final Logger LOG = Logger.getLogger(InboxConsumer.class);

    private final Map<String, EventHandler<?>> handlers;
    private final InboxProcessor processor;
    private final InboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Tracer tracer;
    private final MeterRegistry metrics;
    private final Map<String, Counter> handledByType;
    private final Map<String, Counter> failedByType;

    private volatile boolean running;
    private Consumer<String, byte[]> consumer;
    private KafkaClientMetrics consumerMetrics;
    private Thread thread;

    InboxConsumer(@Any Instance<EventHandler<?>> handlers, InboxProcessor processor, InboxConfig config,
                  @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, Tracer tracer,
                  MeterRegistry metrics) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(h -> h.type().name(), h -> h));
        this.processor = processor;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.tracer = tracer;
        this.metrics = metrics;
        // Registered up front, at zero, so that a rate over them exists before the first event (or failure).
        this.handledByType = counters("kontor.inbox.events.handled", "Events handed to their handler and committed");
        this.failedByType = counters("kontor.inbox.events.failed", "Handler attempts that failed; the event is retried");
    }

    /** Tagged by topic and event type only: both are a short, fixed list, unlike clients or partners. */
    private Map<String, Counter> counters(String name, String description) {
        return handlers.values().stream().collect(Collectors.toUnmodifiableMap(h -> h.type().name(),
                h -> Counter.builder(name).description(description)
                        .tag("topic", h.type().topic()).tag("type", h.type().name())
                        .register(metrics)));
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled() || handlers.isEmpty()) {
            return;
        }
        Set<String> topics = handlers.values().stream().map(h -> h.type().topic())
                .collect(Collectors.toCollection(TreeSet::new));
        consumer = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        consumerMetrics = new KafkaClientMetrics(consumer, List.of(), Executors.newSingleThreadScheduledExecutor(
                runnable -> daemon(runnable, "inbox-client-metrics")), config.clientMetricsRefresh());
        consumerMetrics.bindTo(metrics);
        running = true;
        thread = daemon(this::run, "inbox-consumer");
        thread.start();
        LOG.infof("Inbox consuming %s as group %s for %s", topics, config.groupId(), handlers.keySet());
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            thread.join(Duration.ofSeconds(20).toMillis());
            consumerMetrics.close();
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread daemon = new Thread(runnable, name);
        daemon.setDaemon(true);
        return daemon;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> properties = new HashMap<>();
        kafkaConfig.forEach((key, value) -> properties.put(key.replace('-', '.'), value));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, config.groupId() + "-inbox");
        return properties;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(config.pollTimeout());
                if (handleAll(records)) {
                    backoff = Duration.ofMillis(200);
                } else {
                    Thread.sleep(backoff.toMillis());
                    backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                            ? config.maxBackoff() : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * @return false when a record failed; its partition was rewound to it and everything handled before it is
     * committed
     */
    private boolean handleAll(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> handled = new LinkedHashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                if (!running) {
                    // Stopping: the rest of the batch is left to the partitions' next owner.
                    break;
                }
                try {
                    handle(record);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Event at %s offset %d failed; it will be retried", partition, record.offset());
                    commit(handled);
                    rewind(records, handled);
                    return false;
                }
                handled.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        commit(handled);
        return true;
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = CloudEvent.fromRecord(record.key(), headers(record), record.value());
        } catch (MalformedEventException e) {
            LOG.warnf("Skipping a record that is not a Kontor CloudEvent at %s-%d offset %d: %s", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            return;
        }
        EventHandler<?> handler = handlers.get(event.type());
        if (handler == null) {
            return;
        }
        Span span = TraceParents.startSpan(tracer.spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", config.groupId())
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_type", event.type()), event.traceparent());
        try (Scope ignored = span.makeCurrent()) {
            if (processor.process(event, handler)) {
                handledByType.get(event.type()).increment();
                LOG.debugf("Handled %s %s", event.type(), event.id());
            } else {
                span.setAttribute("kontor.inbox.duplicate", true);
            }
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            failedByType.get(event.type()).increment();
            throw e;
        } finally {
            span.end();
        }
    }


    private void rewind(ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> handled) {
        for (TopicPartition partition : records.partitions()) {
            OffsetAndMetadata done = handled.get(partition);
            List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
            consumer.seek(partition, done != null ? done.offset() : batch.get(0).offset());
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> handled) {
        if (handled.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(handled);
        } catch (WakeupException e) {
            // stop() woke the consumer while it was handling this batch. The wakeup is spent on this call, and
            // whether the commit went out before it is not known, so it is made again: whoever gets the partitions
            // after a rolling update does not read these events again. The loop ends on its own (running is false).
            consumer.commitSync(handled);
        }
    }

    private static Map<String, byte[]> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }
}
