package io.kontor.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "kontor.inbox")
public interface InboxConfig {

    /** Kafka consumer group; replicas of one service share it, so each event is handled by one of them. */
    @WithDefault("${quarkus.application.name}")
    String groupId();

    @WithDefault("true")
    boolean enabled();

    @WithDefault("500ms")
    Duration pollTimeout();

    /**
     * How often the consumer's Kafka client metrics are looked over for new ones: per-partition lag appears only once
     * a partition is assigned and fetched. Values of known ones are read at every scrape.
     */
    @WithDefault("60s")
    Duration clientMetricsRefresh();

    /** Longest pause before a failed event is tried again. */
    @WithDefault("30s")
    Duration maxBackoff();
}
