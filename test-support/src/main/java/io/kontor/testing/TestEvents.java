package io.kontor.testing;

import io.kontor.events.EventType;
import io.kontor.events.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * Puts events on the test broker the way another service's outbox relay would, so a consumer under test reads
 * real Kafka records. Also sends duplicates and garbage, which real producers do too.
 */
public final class TestEvents {

    private static Producer<String, byte[]> producer;

    private TestEvents() {
    }

    /** Publishes a new event of the given type and returns it (with its fresh {@code ce_id}). */
    public static <T> CloudEvent publish(EventType<T> type, String key, T data) {
        CloudEvent event = CloudEvent.of(type, "/kontor/test", key, null, data);
        publish(type.topic(), event);
        return event;
    }

    /** Publishes an existing event again, as a relay does after a lost acknowledgement. */
    public static void publish(String topic, CloudEvent event) {
        RecordHeaders headers = new RecordHeaders();
        event.headers().forEach(headers::add);
        send(new ProducerRecord<>(topic, null, event.key(), event.data(), headers));
    }

    /** A record without CloudEvents headers. */
    public static void publishRaw(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private static synchronized void send(ProducerRecord<String, byte[]> record) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the test broker refused a record", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
