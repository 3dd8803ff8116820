package io.kontor.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka in position order and marks them sent, in one database transaction per batch:
 * a batch that Kafka did not acknowledge stays unsent and is sent again, so delivery is at least once and
 * consumers dedupe on {@code ce_id}. While Kafka is down, rows accumulate and go out in order once it is back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);
    /**
     * How stale the unsent-rows gauge may get. It is counted here, on the relay's thread, rather than when Prometheus
     * scrapes: a scrape must not wait for the database, and one count a second on a partial index is nothing.
     */
    private static final Duration COUNT_UNSENT_EVERY = Duration.ofSeconds(1);

    private final AgroalDataSource dataSource;
    private final OutboxProducerFactory producers;
    private final OutboxConfig config;
    private final MeterRegistry metrics;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong unsent = new AtomicLong();
    private final Map<String, Counter> publishedByTopic = new ConcurrentHashMap<>();

    private volatile boolean running;
    private Thread thread;
    private Producer<String, byte[]> producer;
    private Instant nextPurge = Instant.now();
    private Instant nextUnsentCount = Instant.now();

    OutboxRelay(AgroalDataSource dataSource, OutboxProducerFactory producers, OutboxConfig config,
                MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.producers = producers;
        this.config = config;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled (kontor.outbox.relay-enabled=false)");
            return;
        }
        // Only where a relay runs: a replica without one would report a count nobody updates.
        Gauge.builder("kontor.outbox.events.unsent", unsent, AtomicLong::get)
                .description("Outbox rows committed but not yet acknowledged by Kafka")
                .register(metrics);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            wakeUp();
            thread.join(Duration.ofSeconds(20).toMillis());
        }
    }

    /** Called after a commit that wrote outbox rows. */
    void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        Duration backoff = config.pollInterval();
        boolean failing = false;
        while (running) {
            countUnsent();
            try {
                int published = publishBatch();
                if (failing) {
                    LOG.info("Outbox relay reaches Kafka again; catching up");
                    failing = false;
                }
                backoff = config.pollInterval();
                if (published < config.batchSize()) {
                    purgeOldRows();
                    pause(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!failing) {
                    LOG.warnf("Outbox relay cannot publish (%s); events stay in the outbox and go out once it can",
                            e.toString());
                    failing = true;
                }
                closeProducer();
                try {
                    pause(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff() : backoff.multipliedBy(2);
            }
        }
        closeProducer();
    }

    /** @return how many rows were published; 0 when another instance leads or nothing was waiting */
    int publishBatch() throws SQLException, ExecutionException, InterruptedException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!OutboxStore.becomeRelayLeader(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxRow> rows = OutboxStore.claimUnsent(connection, config.batchSize());
                if (!rows.isEmpty()) {
                    send(rows);
                    OutboxStore.markSent(connection, rows);
                }
                connection.commit();
                rows.forEach(row -> publishedCounter(row.topic()).increment());
                return rows.size();
            } catch (SQLException | ExecutionException | InterruptedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void send(List<OutboxRow> rows) throws ExecutionException, InterruptedException {
        if (producer == null) {
            producer = producers.create();
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            RecordHeaders headers = new RecordHeaders();
            row.event().headers().forEach(headers::add);
            acks.add(producer.send(new ProducerRecord<>(row.topic(), null, row.event().key(), row.event().data(),
                    headers)));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    private Counter publishedCounter(String topic) {
        return publishedByTopic.computeIfAbsent(topic, name -> Counter.builder("kontor.outbox.events.published")
                .description("Events the outbox relay published and Kafka acknowledged")
                .tag("topic", name)
                .register(metrics));
    }

    /** Also while Kafka is down: that is when the count grows and someone should look. */
    private void countUnsent() {
        if (Instant.now().isBefore(nextUnsentCount)) {
            return;
        }
        nextUnsentCount = Instant.now().plus(COUNT_UNSENT_EVERY);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            unsent.set(OutboxStore.countUnsent(connection));
        } catch (SQLException e) {
            // The gauge keeps its last value; the publishing below runs into the same trouble and reports it.
            LOG.debugf("Outbox relay could not count unsent rows: %s", e);
        }
    }

    private void purgeOldRows() throws SQLException {
        if (Instant.now().isBefore(nextPurge)) {
            return;
        }
        nextPurge = Instant.now().plus(PURGE_EVERY);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            int deleted = OutboxStore.deleteSentBefore(connection, config.retention());
            if (deleted > 0) {
                LOG.debugf("Outbox relay deleted %d sent rows older than %s", deleted, config.retention());
            }
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        if (wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
            wakeUps.drainPermits();
        }
    }

    /** A producer that saw a failed batch may hold a broken idempotence state; start the next try afresh. */
    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
