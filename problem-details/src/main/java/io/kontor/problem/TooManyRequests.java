package io.kontor.problem;

import java.time.Duration;

/** 429: the caller sent more of these requests than it may in a while (a rate limit). Nothing was changed. */
public class TooManyRequests extends RetryLater {

    public TooManyRequests(String slug, String title, String detail, Duration retryAfter) {
        super(429, slug, title, detail, retryAfter);
    }
}
