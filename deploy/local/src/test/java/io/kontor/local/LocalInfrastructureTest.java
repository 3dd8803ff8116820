package io.kontor.local;

import io.kontor.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's PostgreSQL and Kafka for real, on free ports in a scratch directory: what
 * {@code deploy/local/up} promises about data kept between runs and processes stopped.
 */
class LocalInfrastructureTest {

    private static final List<String> DATABASES = List.of("kontor_documents", "kontor_sync");

    @TempDir
    Path root;

    @Test
    void secondStartKeepsDatabasesRowsAndTopicsAndNoProcessOutlivesAStop() throws Exception {
        StackLayout layout = new StackLayout(root, root.resolve(".data"));
        int postgresPort = freePort();
        LocalKafka kafka = new LocalKafka(layout, freePort(), freePort());

        // First run: everything is created.
        try (LocalPostgres postgres = LocalPostgres.start(layout.postgresData(), postgresPort, layout.logFile("postgres"))) {
            assertThat(postgres.createMissingDatabases(DATABASES)).containsExactlyElementsOf(DATABASES);
            execute(postgres.jdbcUrl("kontor_documents"), "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            ChildProcess broker = kafka.start();
            try (KafkaTopics topics = new KafkaTopics(kafka.bootstrapServers())) {
                topics.awaitBroker(broker, Duration.ofSeconds(60), () -> false);
                assertThat(topics.createMissing(Topics.ALL)).containsExactlyInAnyOrderElementsOf(Topics.ALL);
            } finally {
                broker.stop(Duration.ofSeconds(30));
            }
            assertThat(broker.isAlive()).isFalse();
            assertThat(layout.pidFile(LocalKafka.NAME)).doesNotExist();
        }
        assertThat(layout.postgresData().resolve("postmaster.pid"))
                .as("PostgreSQL removes its pid file once it has shut down").doesNotExist();

        // Second run: nothing to create, the row is still there.
        LocalPostgres postgres = LocalPostgres.start(layout.postgresData(), postgresPort, layout.logFile("postgres"));
        ChildProcess broker = null;
        try {
            assertThat(postgres.createMissingDatabases(DATABASES)).isEmpty();
            assertThat(queryInt(postgres.jdbcUrl("kontor_documents"), "SELECT id FROM kept")).isEqualTo(42);
            broker = kafka.start();
            try (KafkaTopics topics = new KafkaTopics(kafka.bootstrapServers())) {
                topics.awaitBroker(broker, Duration.ofSeconds(60), () -> false);
                assertThat(topics.createMissing(Topics.ALL)).isEmpty();
            }

            // A launcher killed outright cannot stop its children; the next run's clean-up must.
            long postmaster = Long.parseLong(
                    Files.readAllLines(layout.postgresData().resolve("postmaster.pid")).get(0).trim());
            new Leftovers(layout).stopAll();
            assertThat(broker.process().waitFor(30, TimeUnit.SECONDS)).as("broker stopped").isTrue();
            assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
        } finally {
            // Both are stopped already unless an assertion failed first; then they must not outlive the test.
            if (broker != null) {
                broker.stop(Duration.ofSeconds(10));
            }
            if (Files.exists(layout.postgresData().resolve("postmaster.pid"))) {
                postgres.close();
            }
        }
    }

    private static void execute(String jdbcUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(String jdbcUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getInt(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
