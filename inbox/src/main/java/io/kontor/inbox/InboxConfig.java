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

    /** Longest pause before a failed event is tried again. */
    @WithDefault("30s")
    Duration maxBackoff();
}
