package io.kontor.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "kontor.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes, e.g. {@code /kontor/documents-service}. */
    @WithDefault("/kontor/${quarkus.application.name}")
    String source();

    /** Whether this instance runs the relay. Off only where another process relays this database. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows published per database transaction. */
    @WithDefault("500")
    int batchSize();

    /** How long the relay sleeps when it found nothing; a commit wakes it earlier. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Longest pause between attempts while Kafka is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /** How long sent rows are kept for inspection before the relay deletes them. */
    @WithDefault("P7D")
    Duration retention();
}
