package io.kontor.problem;

import java.time.Duration;

/** 503: another service this request needs could not answer now. Nothing was changed. */
public class ServiceUnavailable extends RetryLater {

    public ServiceUnavailable(String slug, String title, String detail, Duration retryAfter) {
        super(503, slug, title, detail, retryAfter);
    }
}
