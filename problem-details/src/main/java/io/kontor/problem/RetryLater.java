package io.kontor.problem;

import java.time.Duration;

/**
 * A refusal that passes: nothing was changed, and the same request may succeed later. The response's
 * {@code Retry-After} says when another try makes sense, so that a client retrying at once does not add to the load
 * that caused the refusal.
 */
public abstract class RetryLater extends ProblemException {

    private final Duration retryAfter;

    protected RetryLater(int status, String slug, String title, String detail, Duration retryAfter) {
        super(status, slug, title, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
