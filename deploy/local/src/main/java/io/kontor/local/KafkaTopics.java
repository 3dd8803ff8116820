package io.kontor.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waits for the broker to answer and creates the contract's topics that do not exist yet. */
final class KafkaTopics implements AutoCloseable {

    static final int PARTITIONS = 3;

    private final Admin admin;

    KafkaTopics(String bootstrapServers) {
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
    }

    void awaitBroker(ChildProcess broker, Duration timeout, BooleanSupplier stopping)
            throws StartupFailure, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline && !stopping.getAsBoolean()) {
            if (!broker.isAlive()) {
                throw new StartupFailure("Kafka exited with code " + broker.exitValue() + " while starting; see "
                        + broker.logFile() + ":" + System.lineSeparator() + broker.logTail(20));
            }
            try {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                last = e;
                Thread.sleep(250);
            }
        }
        if (stopping.getAsBoolean()) {
            throw new InterruptedException("stopping");
        }
        throw new StartupFailure("Kafka did not answer on its listener within " + timeout.toSeconds() + " s ("
                + (last == null ? "no answer" : last.getMessage()) + "); see " + broker.logFile(), last);
    }

    /** Creates each missing topic ({@value #PARTITIONS} partitions, replication 1); returns the ones it created. */
    List<String> createMissing(Collection<String> topics) throws StartupFailure, InterruptedException {
        try {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : topics) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
                }
            }
            List<String> created = new ArrayList<>();
            for (Map.Entry<String, KafkaFuture<Void>> result
                    : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(10, TimeUnit.SECONDS);
                    created.add(result.getKey());
                } catch (ExecutionException e) {
                    // Another client (a service's auto-create, say) won the race: the topic is there, as wanted.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return created;
        } catch (ExecutionException | TimeoutException e) {
            throw new StartupFailure("Creating the Kafka topics failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
