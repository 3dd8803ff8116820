package io.kontor.sync.service;

import io.kontor.sync.config.DeliveryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a delivery that failed in a way worth retrying is tried again (DESIGN.md §5): after the schedule's wait for
 * the attempt that just failed, stretched or shrunk by the jitter, and never sooner than the receiver's
 * {@code Retry-After}; after the last wait's attempt, never.
 */
@ApplicationScoped
public class RetrySchedule {

    /** However long a receiver asks to wait, a delivery is tried again within the schedule's own horizon. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private final List<Duration> delays;
    private final double jitter;
    private final DoubleSupplier random;

    @Inject
    RetrySchedule(DeliveryConfig config) {
        this(config.retryDelays(), config.jitter(), Math::random);
    }

    RetrySchedule(List<Duration> delays, double jitter, DoubleSupplier random) {
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalStateException("kontor.sync.delivery.jitter must be at least 0 and below 1");
        }
        this.delays = List.copyOf(delays);
        this.jitter = jitter;
        this.random = random;
    }

    /**
     * @param attemptsThisRound attempts made since the delivery was queued or last retried by hand, including the
     *                          one that just failed
     * @return when to try again, or empty when the schedule is used up and the delivery fails
     */
    public Optional<Instant> nextAttempt(int attemptsThisRound, Instant failedAt, Optional<Duration> retryAfter) {
        if (attemptsThisRound < 1 || attemptsThisRound > delays.size()) {
            return Optional.empty();
        }
        Duration planned = delays.get(attemptsThisRound - 1);
        long spreadMillis = Math.round(planned.toMillis() * jitter * (2 * random.getAsDouble() - 1));
        Duration wait = planned.plusMillis(spreadMillis);
        Duration asked = retryAfter.filter(after -> !after.isNegative()).map(after -> min(after, LONGEST_WAIT))
                .orElse(Duration.ZERO);
        return Optional.of(failedAt.plus(wait.compareTo(asked) >= 0 ? wait : asked));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
