package io.kontor.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The raw Kafka ceiling for an upload's event: 1 KB records sent with {@code acks=all} by an idempotent producer with
 * a 5 ms linger (the outbox relay's settings, OutboxProducerFactory), each thread waiting for its record's acknowledgement before the next, like an upload waits
 * for its response. All threads share one producer, so records of different threads travel in the same batches. The
 * topic is a scratch one with kontor.documents' partition count, deleted after.
 */
final class KafkaBaseline implements AutoCloseable {

    static final String BOOTSTRAP = StackAddresses.LOCAL.kafkaBootstrap();
    static final String TOPIC = "bench.raw-produce";
    static final int RECORD_BYTES = 1024;

    private final Admin admin;
    private final KafkaProducer<String, byte[]> producer;
    private final byte[] value = new byte[RECORD_BYTES];

    private KafkaBaseline(Admin admin, KafkaProducer<String, byte[]> producer) {
        this.admin = admin;
        this.producer = producer;
        ThreadLocalRandom.current().nextBytes(value);
    }

    static KafkaBaseline create() throws ExecutionException, InterruptedException {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP));
        try {
            int partitions = admin.describeTopics(List.of("kontor.documents")).allTopicNames().get()
                    .get("kontor.documents").partitions().size();
            // A run that was killed leaves its topic behind: reused as it is.
            if (!admin.listTopics().names().get().contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(partitions), Optional.empty()))).all().get();
            }
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
            admin.close();
            throw e;
        }
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        return new KafkaBaseline(admin, producer);
    }

    /** One record, keyed like Kontor's by a client id, acknowledged by every in-sync replica. */
    LoadRun.Operation producing() {
        return worker -> {
            producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), value)).get();
            return null;
        };
    }

    @Override
    public void close() throws ExecutionException, InterruptedException {
        producer.close();
        try {
            admin.deleteTopics(List.of(TOPIC)).all().get();
        } finally {
            admin.close();
        }
    }
}
