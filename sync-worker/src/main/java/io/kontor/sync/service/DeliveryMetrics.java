package io.kontor.sync.service;

import io.kontor.sync.DeliveryKind;
import io.kontor.sync.DeliveryStatus;
import io.kontor.sync.repository.DeliveryBacklog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Prometheus sees of deliveries (docs/architecture.md, "Tracing and metrics"). Tags are the channel, the
 * outcome and the kind only: a short, fixed list each. Partner, client and integration ids stay in traces and the
 * attempt log, where their number does not multiply the series a dashboard has to read.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final AtomicLong due = new AtomicLong();
    private final AtomicLong retrying = new AtomicLong();

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("kontor.deliveries.due", due, AtomicLong::get)
                .description("Deliveries whose attempt is due and that no worker holds yet")
                .register(registry);
        Gauge.builder("kontor.deliveries.retrying", retrying, AtomicLong::get)
                .description("Deliveries in status RETRYING")
                .register(registry);
    }

    public void created(DeliveryKind kind) {
        Counter.builder("kontor.deliveries.created").description("Deliveries queued, live or by a backfill")
                .tag("kind", kind.name().toLowerCase())
                .register(registry).increment();
    }

    /** One attempt over, with what became of its delivery. */
    public void attempted(String channel, DeliveryStatus after, Duration duration) {
        Counter.builder("kontor.delivery.attempts").description("Delivery attempts by channel and outcome")
                .tag("channel", channel).tag("outcome", outcome(after))
                .register(registry).increment();
        // Histogram buckets, so that dashboards can compute percentiles across replicas.
        Timer.builder("kontor.delivery.attempt").description("How long a delivery attempt took, by channel")
                .tag("channel", channel)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(duration);
    }

    /** Updated by the delivery poller, so that a scrape never waits for the database. */
    void backlog(DeliveryBacklog backlog) {
        due.set(backlog.due());
        retrying.set(backlog.retrying());
    }

    /**
     * {@code delivered}, {@code retry} (another attempt follows), {@code failed} (for good, until someone retries by
     * hand) or {@code cancelled} (the integration was deactivated during the attempt).
     */
    private static String outcome(DeliveryStatus after) {
        return switch (after) {
            case DELIVERED -> "delivered";
            case QUEUED, RETRYING -> "retry";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }
}
