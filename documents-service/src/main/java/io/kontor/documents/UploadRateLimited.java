package io.kontor.documents;

import io.kontor.problem.TooManyRequests;

import java.time.Duration;

/** The firm uploaded more documents in a short while than the rate limit allows. */
public class UploadRateLimited extends TooManyRequests {

    public UploadRateLimited(int burst, double perSecond, Duration retryAfter) {
        super("upload-rate-limited", "Too many uploads",
                "Your firm uploads faster than this service accepts: " + burst + " at once, then "
                        + perSecond + " per second. Nothing was stored; send this document again after "
                        + "Retry-After seconds.", retryAfter);
    }
}
