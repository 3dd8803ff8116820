package io.kontor.testing;

import io.kontor.events.Topics;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;

import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * A real single-node Kafka cluster (KRaft, broker and controller combined) inside the test JVM, with every
 * Kontor topic created. Started once, on first use. The broker can be stopped and started again to prove
 * that producers catch up after an outage.
 */
public final class TestKafka {

    /** Several partitions, so tests notice when per-key ordering depends on there being only one. */
    public static final int PARTITIONS = 3;

    private static KafkaClusterTestKit cluster;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::close, "test-kafka-stop"));
            createTopics();
        }
        return cluster.bootstrapServers();
    }

    /** Shuts the broker down; its controller and its log stay, so {@link #startBroker()} brings the data back. */
    public static synchronized void stopBroker() {
        broker().shutdown();
    }

    public static synchronized void startBroker() {
        broker().startup();
    }

    private static BrokerServer broker() {
        bootstrapServers();
        return cluster.brokers().values().iterator().next();
    }

    private static KafkaClusterTestKit start() {
        keepKafkaFromEndingTheJvm();
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build())
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not start", e);
        }
    }

    /**
     * The broker halts its JVM when its log directory fails. At the end of a test run Kafka's own shutdown hook
     * deletes that directory while ours is still stopping the broker, which then halts with status 1 — after
     * every test passed — and Surefire reports a crashed fork. The test JVM alone decides when it ends.
     */
    private static void keepKafkaFromEndingTheJvm() {
        Exit.Procedure refuse = (status, message) -> System.err.printf(
                "embedded Kafka asked to end the test JVM with status %d (%s); ignored%n", status, message);
        Exit.setHaltProcedure(refuse);
        Exit.setExitProcedure(refuse);
    }

    private static void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster.bootstrapServers()))) {
            admin.createTopics(Topics.ALL.stream().map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList())
                    .all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the Kontor topics", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not stop cleanly", e);
        }
    }
}
