package com.example.kontor.connector;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code kontor.documents} in a consumer group, at least once: a record's offset is committed only after
 * the record was handled, so a crash, a restart or a rebalance hands it to someone again rather than losing it.
 * Kontor's outbox may also publish an event twice (a lost acknowledgement), under the same {@code ce_id}. Both
 * are why a connector dedupes on {@code ce_id}.
 */
class DocumentStreamConsumer {

    static final String TOPIC = "kontor.documents";

    /** Redeliveries come soon after the first copy, so remembering the most recent ids is enough here. */
    private static final int REMEMBERED_IDS = 100_000;

    private final Consumer<String, byte[]> consumer;
    private final DocumentHandler handler;
    private final ConnectorOptions options;
    private final Duration retryDelay;
    private final PrintStream out;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * The ce_ids handled so far. In memory, so forgotten on a restart: then the records after the last committed
     * offset are printed again. A real connector keeps this set durable, written in the same transaction as its
     * own effect (the document booked, the row inserted), so that "handled" and "remembered as handled" cannot
     * disagree after a crash.
     */
    private final Set<String> handled = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    });

    DocumentStreamConsumer(ConnectorOptions options, DocumentHandler handler, Duration retryDelay, PrintStream out,
                           PrintStream err) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, options.groupId(),
                ConsumerConfig.CLIENT_ID_CONFIG, options.groupId(),
                // Offsets are committed by hand, after handling: auto-commit could commit a record not yet handled.
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A new group starts at the oldest retained event rather than missing what came before it.
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // Each record costs two HTTP calls; a small batch stays well within max.poll.interval.ms.
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50),
                new StringDeserializer(), new ByteArrayDeserializer());
        this.handler = handler;
        this.options = options;
        this.retryDelay = retryDelay;
        this.out = out;
        this.err = err;
    }

    /** Runs until {@link #stop()}. */
    void run() {
        consumer.subscribe(List.of(TOPIC), new AssignmentReport());
        try {
            while (stopped.getCount() > 0) {
                boolean retryLater = false;
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofSeconds(1));
                for (TopicPartition partition : records.partitions()) {
                    retryLater |= !handleInOrder(partition, records.records(partition));
                }
                if (retryLater) {
                    stopped.await(retryDelay.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (WakeupException e) {
            // stop() woke a poll or a commit. A record handled but not committed yet comes to the group again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close();
        }
    }

    void stop() {
        stopped.countDown();
        consumer.wakeup();
    }

    /**
     * Handles a partition's records in order, committing each one after it. A record that cannot be handled yet
     * stops its partition: the consumer is rewound to it, so it and the records behind it (the same clients'
     * later events) come again with the next poll, in order.
     *
     * @return false when a record has to be tried again later
     */
    private boolean handleInOrder(TopicPartition partition, List<ConsumerRecord<String, byte[]>> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                handle(record);
            } catch (OriginalUnavailable e) {
                err.printf("%s: %s; trying again in %d s%n", describe(record), e.getMessage(),
                        retryDelay.toSeconds());
                consumer.seek(partition, record.offset());
                return false;
            }
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        }
        return true;
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws OriginalUnavailable {
        KontorEvent event = KontorEvent.of(record).orElse(null);
        if (event == null) {
            err.printf("%s: not a CloudEvent (no ce_id or ce_type), skipped%n", describe(record));
            return;
        }
        // Other types on the topic (kontor.document.updated.v1, and types added later) are not this connector's.
        if (!KontorEvent.CREATED.equals(event.type()) || handled.contains(event.id())) {
            return;
        }
        DocumentCreated document;
        try {
            document = json.readValue(event.data(), DocumentCreated.class);
        } catch (IOException e) {
            err.printf("%s: event %s has data that is not a document (%s), skipped%n", describe(record), event.id(),
                    e.getMessage());
            return;
        }
        if (options.partnerId().map(partner -> partner.equals(document.partnerId())).orElse(true)) {
            out.println(handler.handle(document));
            out.flush();
        }
        handled.add(event.id());
    }

    private static String describe(ConsumerRecord<String, byte[]> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** Says when partitions arrive, so that a connector pointed at the wrong Kafka is not silently idle. */
    private final class AssignmentReport implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                err.printf("Reading %s as group %s: partitions %s%n", TOPIC, options.groupId(),
                        partitions.stream().map(TopicPartition::partition).sorted().toList());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing to commit: every handled record was committed right after it.
        }
    }
}
