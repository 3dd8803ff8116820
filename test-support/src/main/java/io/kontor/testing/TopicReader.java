package io.kontor.testing;

import io.kontor.events.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads what really arrived on a topic of the test broker, from the beginning, as CloudEvents. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<CloudEvent> seen = new ArrayList<>();

    public TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /**
     * Polls until {@code until} holds for the events seen so far, or fails after the timeout.
     *
     * @return every event seen on the topic, in arrival order within each partition
     */
    public List<CloudEvent> readUntil(Predicate<List<CloudEvent>> until, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!until.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("after " + timeout + " the topic held only " + seen.size() + " event(s): "
                        + seen.stream().map(e -> e.type() + "/" + e.key()).toList());
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(toCloudEvent(record));
            }
        }
        return List.copyOf(seen);
    }

    /** Events of the given subject or key, once at least {@code count} of them arrived. */
    public List<CloudEvent> readForKey(String key, int count, Duration timeout) {
        return readUntil(events -> events.stream().filter(e -> key.equals(e.key())).count() >= count, timeout)
                .stream().filter(e -> key.equals(e.key())).toList();
    }

    private static CloudEvent toCloudEvent(ConsumerRecord<String, byte[]> record) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return CloudEvent.fromRecord(record.key(), headers, record.value());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
