package io.kontor.sync.connector;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How an attempt ended (DESIGN.md §5) and what it looked like.
 *
 * @param retryAfter how long the receiver asked to wait before the next attempt ({@code Retry-After}), only on
 *                   {@link Verdict#RETRY}; the engine waits at least its own schedule's delay
 */
public record DeliveryOutcome(Verdict verdict, Optional<Duration> retryAfter, AttemptReport attempt) {

    public enum Verdict {
        /** The receiver took it (2xx). */
        DELIVERED,
        /** Worth another attempt: 408, 425, 429, 5xx, a timeout, a connection failure. */
        RETRY,
        /** Another attempt would fail the same way: 3xx, other 4xx, a refused destination, unusable settings. */
        FAILED,
        /** The receiver answered 410: the endpoint is gone and the integration is to be disabled. */
        GONE
    }

    /**
     * An attempt that got no answer to report (no status, nothing to excerpt): refused before it went out, cut off,
     * timed out, interrupted.
     */
    public static DeliveryOutcome unanswered(Verdict verdict, ErrorClass errorClass, String message,
                                             Duration duration) {
        return new DeliveryOutcome(verdict, Optional.empty(),
                new AttemptReport(null, duration, null, errorClass, message));
    }

    public DeliveryOutcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(attempt, "attempt");
        if (retryAfter.isPresent() && verdict != Verdict.RETRY) {
            throw new IllegalArgumentException("only a retry has a Retry-After, not " + verdict);
        }
    }
}
