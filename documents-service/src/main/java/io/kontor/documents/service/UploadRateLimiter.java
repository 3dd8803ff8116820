package io.kontor.documents.service;

import io.kontor.documents.UploadRateLimited;
import io.kontor.documents.config.DocumentsConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per firm for uploads: a firm may upload {@code burst} documents at once, then {@code perSecond}
 * on average. Uploads are the expensive requests (a file of up to 25 MiB spooled, hashed, read and stored), so one
 * firm's script must not crowd out the others. The buckets live in this replica's memory: behind a load balancer
 * with N replicas a firm gets up to N times the rate, which bounds each replica's load, the point of the limit.
 */
// Created at start-up, so that a limit that would refuse every upload stops the start, not the first upload.
@Startup
@ApplicationScoped
public class UploadRateLimiter {

    /** Beyond this many firms tracked, the buckets that are full again (idle firms) are dropped: they hold nothing. */
    private static final int MAX_TRACKED = 10_000;
    private static final double NANOS_PER_SECOND = 1e9;

    private final boolean enabled;
    private final int burst;
    private final double perSecond;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    UploadRateLimiter(DocumentsConfig config) {
        this(config.upload().rateLimit().enabled(), config.upload().rateLimit().burst(),
                config.upload().rateLimit().perSecond(), System::nanoTime);
    }

    UploadRateLimiter(boolean enabled, int burst, double perSecond, LongSupplier nanoTime) {
        if (enabled && (burst < 1 || !(perSecond > 0))) {
            throw new IllegalStateException("kontor.documents.upload.rate-limit: burst must be at least 1 and "
                    + "per-second above 0 (or set enabled=false)");
        }
        this.enabled = enabled;
        this.burst = burst;
        this.perSecond = perSecond;
        this.nanoTime = nanoTime;
    }

    /** @throws UploadRateLimited when the firm's bucket is empty, saying when the next upload will be accepted */
    public void admit(String partnerId) {
        if (!enabled) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        double missing = buckets.computeIfAbsent(partnerId, id -> new Bucket(now)).take(now);
        if (missing > 0) {
            long nanos = (long) Math.ceil(missing / perSecond * NANOS_PER_SECOND);
            throw new UploadRateLimited(burst, perSecond, Duration.ofNanos(nanos));
        }
    }

    private final class Bucket {

        private double tokens = burst;
        private long refilledAt;

        private Bucket(long now) {
            refilledAt = now;
        }

        /** @return 0 when a token was taken, else the fraction of a token still missing */
        synchronized double take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return 1 - tokens;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
            refilledAt = now;
        }
    }
}
