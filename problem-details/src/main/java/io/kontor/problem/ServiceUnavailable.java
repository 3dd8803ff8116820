package io.kontor.problem;

import java.time.Duration;

/**
 * 503: another service this request needs could not answer now. Nothing was changed; the response's
 * {@code Retry-After} tells the caller when another try makes sense, so that a client retrying at once does not add
 * to the load of what is already struggling.
 */
public class ServiceUnavailable extends ProblemException {

    private final Duration retryAfter;

    public ServiceUnavailable(String slug, String title, String detail, Duration retryAfter) {
        super(503, slug, title, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
