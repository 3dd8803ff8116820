package io.kontor.sync.service;

import io.kontor.sync.DeliveryStatus;
import io.kontor.sync.config.DeliveryConfig;
import io.kontor.sync.connector.Connectors;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.tracing.TraceParents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Attempts due deliveries on this replica. A poller claims as many due deliveries as there are free slots (claims
 * are leases in PostgreSQL, so any number of replicas share the work without sending a delivery twice) and hands
 * each to a worker thread, which prepares the attempt, lets the channel's connector make it, and records the outcome.
 *
 * <p>Shutdown (a rolling update): the poller stops claiming, attempts in flight get the grace period to finish and
 * be recorded, attempts still running then are cut off (recorded as interrupted, not counted by the retry schedule),
 * and whatever this replica still holds is released at once rather than waiting out its lease.
 *
 * <p>Each attempt runs in a span that continues the trace its delivery was queued in, recording included, so the
 * {@code kontor.deliveries} event it writes carries the attempt's trace too. Claiming is not traced: it is a poll
 * every few milliseconds, and its spans would bury the attempts.
 */
@ApplicationScoped
public class DeliveryExecutor {

    private static final Logger LOG = Logger.getLogger(DeliveryExecutor.class);
    private static final Duration INTERRUPTED_ATTEMPTS_RECORDING = Duration.ofSeconds(5);
    /** How stale the backlog gauges may get: one count a second on the index of pending rows costs nothing. */
    private static final Duration COUNT_BACKLOG_EVERY = Duration.ofSeconds(1);

    private final DeliveryClaims claims;
    private final DeliveryAttempts attempts;
    private final Connectors connectors;
    private final DeliveryConfig config;
    private final Clock clock;
    private final Tracer tracer;
    private final DeliveryMetrics metrics;
    private final String owner;
    private final Semaphore freeSlots;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private volatile boolean running;
    private ExecutorService poller;
    private ExecutorService workers;
    private Instant nextBacklogCount = Instant.MIN;

    public DeliveryExecutor(DeliveryClaims claims, DeliveryAttempts attempts, Connectors connectors,
                            DeliveryConfig config, Clock clock, Tracer tracer, DeliveryMetrics metrics) {
        this.claims = claims;
        this.attempts = attempts;
        this.connectors = connectors;
        this.config = config;
        this.clock = clock;
        this.tracer = tracer;
        this.metrics = metrics;
        this.owner = hostName() + "/" + UUID.randomUUID();
        this.freeSlots = new Semaphore(config.concurrency());
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Delivery attempts are off on this replica (kontor.sync.delivery.enabled=false)");
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(config.concurrency(),
                runnable -> new Thread(runnable, "delivery-" + threadNumber.incrementAndGet()));
        poller = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "delivery-poller"));
        poller.execute(this::poll);
        LOG.infof("Attempting deliveries as %s, %d at a time", owner, config.concurrency());
    }

    void stop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        poller.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("Attempts still in flight after %s; they are cut off and their deliveries go back to the "
                        + "queue", config.shutdownGrace());
                workers.shutdownNow();
                // An interrupted attempt records itself (uncounted, due again at once); wait for that so that what
                // is released below is only what never started.
                workers.awaitTermination(INTERRUPTED_ATTEMPTS_RECORDING.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int released = claims.release(owner);
        LOG.infof("Delivery attempts stopped; %d claimed deliveries given back", released);
    }

    private void poll() {
        while (running) {
            try {
                countBacklog();
                freeSlots.acquire();
                int wanted = 1 + freeSlots.drainPermits();
                List<UUID> claimed = List.of();
                try {
                    claimed = claims.claim(owner, wanted);
                } finally {
                    // Slots not filled are free again, also when the claim failed.
                    freeSlots.release(wanted - claimed.size());
                }
                claimed.forEach(id -> workers.execute(() -> attempt(id)));
                if (claimed.isEmpty()) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be gone for a moment (a failover); claiming resumes when it is back.
                LOG.warnf("Claiming due deliveries failed (%s); trying again shortly", e.toString());
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    private void countBacklog() {
        Instant now = clock.instant();
        if (now.isBefore(nextBacklogCount)) {
            return;
        }
        nextBacklogCount = now.plus(COUNT_BACKLOG_EVERY);
        metrics.backlog(claims.backlog());
    }

    private void attempt(UUID deliveryId) {
        try {
            attempts.prepare(deliveryId, owner).ifPresent(this::attemptInSpan);
        } catch (RuntimeException e) {
            // The lease runs out and another attempt is made: nothing is lost, only delayed.
            LOG.errorf(e, "Delivery %s could not be attempted or its outcome not recorded; it is retried when its "
                    + "lease ends", deliveryId);
        } finally {
            freeSlots.release();
        }
    }

    private void attemptInSpan(PreparedAttempt prepared) {
        UUID deliveryId = prepared.delivery().deliveryId();
        Span span = TraceParents.startSpan(tracer.spanBuilder("deliver " + prepared.channel())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("kontor.delivery.id", deliveryId.toString())
                .setAttribute("kontor.integration.id", prepared.integrationId().toString())
                .setAttribute("kontor.delivery.channel", prepared.channel())
                .setAttribute("kontor.delivery.attempt", prepared.delivery().attemptNumber()), prepared.traceparent());
        try (Scope ignored = span.makeCurrent()) {
            Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            DeliveryOutcome outcome = deliver(prepared, startedAt);
            DeliveryStatus after = attempts.record(deliveryId, startedAt, outcome);
            describe(span, outcome, after);
            metrics.attempted(prepared.channel(), after, outcome.attempt().duration());
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, "the attempt could not be made or recorded");
            throw e;
        } finally {
            span.end();
        }
    }

    private static void describe(Span span, DeliveryOutcome outcome, DeliveryStatus after) {
        span.setAttribute("kontor.delivery.outcome", outcome.verdict().name().toLowerCase());
        span.setAttribute("kontor.delivery.status", after.name());
        if (outcome.attempt().httpStatus() != null) {
            span.setAttribute("http.response.status_code", outcome.attempt().httpStatus());
        }
        if (outcome.attempt().errorClass() != null) {
            span.setAttribute("error.type", outcome.attempt().errorClass().code());
            span.setStatus(StatusCode.ERROR, outcome.attempt().message());
        }
    }

    /**
     * A connector reports failures; one that throws anyway is a bug, which must not cost the delivery. Every
     * connector blocks until its attempt is over, so it runs here, on a worker thread, never on an event loop (where
     * waiting for an answer would wait for the thread that has to read it).
     */
    private DeliveryOutcome deliver(PreparedAttempt prepared, Instant startedAt) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("a delivery attempt blocks until it is over: run it on a worker thread");
        }
        try {
            DeliveryOutcome outcome = connectors.forChannel(prepared.channel()).deliver(prepared.delivery());
            LOG.debugf("Delivery %s, attempt %d: %s, %s", prepared.delivery().deliveryId(),
                    prepared.delivery().attemptNumber(), outcome.verdict(), outcome.attempt().message());
            return outcome;
        } catch (RuntimeException e) {
            LOG.errorf(e, "The %s connector failed on delivery %s", prepared.channel(),
                    prepared.delivery().deliveryId());
            return DeliveryOutcome.unanswered(DeliveryOutcome.Verdict.RETRY, ErrorClass.INTERNAL,
                    "Kontor failed to attempt the delivery (" + e.getClass().getSimpleName() + "); it is tried again",
                    Duration.between(startedAt, clock.instant()));
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
