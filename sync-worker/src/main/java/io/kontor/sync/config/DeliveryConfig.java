package io.kontor.sync.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** How deliveries are attempted ({@code kontor.sync.delivery.*}); the defaults follow DESIGN.md §5. */
@ConfigMapping(prefix = "kontor.sync.delivery")
public interface DeliveryConfig {

    /**
     * The waits between attempts, after the first (immediate) one: one more attempt per entry, then the delivery
     * fails. A Svix-like schedule: 8 attempts over about 27 hours.
     */
    @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
    List<Duration> retryDelays();

    /** Each wait is stretched or shrunk by up to this fraction at random, so failed receivers are not hit in step. */
    @WithDefault("0.2")
    double jitter();

    /**
     * How long a claimed delivery stays this replica's. Longer than an attempt can take (the webhook timeout), so
     * a live replica never loses one mid-attempt; a dead one's deliveries return this long after it died.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** Attempts in flight at once on this replica. */
    @WithDefault("8")
    int concurrency();

    /** How often to look for due deliveries when the last look found none. */
    @WithDefault("PT0.2S")
    Duration pollInterval();

    /**
     * On shutdown, how long attempts in flight may take to finish; attempts still running then are cut off, recorded
     * as interrupted (not counted by the retry schedule) and their deliveries given back at once.
     */
    @WithDefault("PT20S")
    Duration shutdownGrace();

    /** false: this replica routes and answers the API but attempts nothing (e.g. a read-only replica). */
    @WithDefault("true")
    boolean enabled();
}
