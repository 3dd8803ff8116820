package io.kontor.bench;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.kontor.bench.Progress.say;

/**
 * How long a document of one client with two webhook integrations (a {@link Fleet} of one) takes to reach both, with
 * however many other integrations the system holds: uploads at a steady, low rate (far below what the pipeline
 * sustains, so nothing queues), each delivery's created→delivered time taken at the {@link WebhookSink}. Beside it,
 * the part before routing (the sync-worker's delivery row is stamped when routing starts) and the routing lookup's
 * own SQL.
 */
final class RoutingMeasurement {

    static final String SYNC_URL = StackAddresses.LOCAL.jdbcUrl("kontor_sync");
    /** Below the per-firm upload rate limit (5/s), should the stack have it on. */
    static final int UPLOADS_PER_SECOND = 4;
    /** Uploaded first and not counted: the first documents after a change pay for cold caches. */
    static final int WARMUP_DOCUMENTS = 20;
    static final int MEASURED_DOCUMENTS = 200;
    private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(3);
    /** What the sync-worker's IntegrationRepository.listOfClient asks when a document arrives. */
    private static final String ROUTING_SQL = """
            select i.*, a.* from integration i left join integration_activation a on a.integration_id = i.integration_id
             where i.client_id = ?""";

    /**
     * One size's figures.
     *
     * @param integrations active integrations in the sync-worker's projection when measured
     * @param delivered    created→delivered, in microseconds
     * @param queuedMillis created→routing started, p50/p95/p99 in ms, from the sync-worker's delivery rows
     * @param lookup       the routing lookup's SQL over JDBC, one thread
     */
    record Result(long integrations, int documents, long uploadErrors, Histogram delivered,
                  Map<Double, Double> queuedMillis, LoadRun.Result lookup) {

        double deliveredMillis(double percentile) {
            return delivered.getTotalCount() == 0 ? Double.NaN : delivered.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final WebhookSink sink;
    private final Fleet fleet;
    private final UUID clientId;
    private final SampleDocuments sample;
    private final BenchOptions options;

    /** @param fleet one client, whose documents are uploaded and delivered */
    RoutingMeasurement(WebhookSink sink, Fleet fleet, SampleDocuments sample, BenchOptions options) {
        this.sink = sink;
        this.fleet = fleet;
        this.clientId = UUID.fromString(fleet.clients().get(0).clientId());
        this.sample = sample;
        this.options = options;
    }

    /** Waits until the sync-worker knows {@code integrations} active integrations; answers how long that took. */
    static Duration awaitSyncWorker(long integrations) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + SYNC_TIMEOUT.toNanos();
        while (activeIntegrations() < integrations) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the sync-worker knows " + activeIntegrations() + " of " + integrations
                        + " active integrations after " + SYNC_TIMEOUT.toMinutes() + " min: is it consuming"
                        + " kontor.integrations? See its log in deploy/local/.data");
            }
            Thread.sleep(500);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static long activeIntegrations() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SYNC_URL, "postgres", "");
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from integration where status = 'ACTIVE'");
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    Result measure() throws Exception {
        long integrations = activeIntegrations();
        say(String.format(Locale.ROOT, "Routing with %,d integrations: the lookup's SQL, 1 thread ...", integrations));
        LoadRun.Result lookup;
        try (Connection connection = DriverManager.getConnection(SYNC_URL, "postgres", "");
             PreparedStatement routing = connection.prepareStatement(ROUTING_SQL)) {
            routing.setObject(1, clientId);
            lookup = LoadRun.measure(1, options.warmup(), options.duration(), worker -> {
                try (ResultSet rows = routing.executeQuery()) {
                    int count = 0;
                    while (rows.next()) {
                        count++;
                    }
                    return count == Fleet.HOOKS_PER_CLIENT.size() ? null : count + " rows";
                }
            });
        }
        say(String.format(Locale.ROOT, "  %,.0f/s, p50 %.2f ms, p99 %.2f ms", lookup.perSecond(),
                lookup.percentileMillis(50), lookup.percentileMillis(99)));

        say(String.format(Locale.ROOT, "Routing with %,d integrations: %d + %d uploads at %d/s ...", integrations,
                WARMUP_DOCUMENTS, MEASURED_DOCUMENTS, UPLOADS_PER_SECOND));
        Instant warmupFrom = Instant.now();
        long warmupErrors = upload(WARMUP_DOCUMENTS);
        Instant measuredFrom = Instant.now();
        long errors = upload(MEASURED_DOCUMENTS);
        long stored = WARMUP_DOCUMENTS + MEASURED_DOCUMENTS - warmupErrors - errors;
        awaitDeliveries(warmupFrom, stored * fleet.integrationCount());
        Histogram delivered = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        for (WebhookSink.Reception delivery : sink.firstDeliveries(measuredFrom, Instant.MAX)) {
            delivered.recordValue(Math.max(0, Duration.between(delivery.createdAt(), delivery.receivedAt()).toNanos()
                    / 1000));
        }
        Result result = new Result(integrations, MEASURED_DOCUMENTS - (int) errors, errors, delivered,
                queuedMillis(measuredFrom), lookup);
        say(String.format(Locale.ROOT, "  %d deliveries, created→delivered p50 %.1f ms, p99 %.1f ms; %d upload errors",
                delivered.getTotalCount(), result.deliveredMillis(50), result.deliveredMillis(99), errors));
        return result;
    }

    /** Uploads {@code documents} at the steady rate; answers how many failed. */
    private long upload(int documents) throws Exception {
        long interval = TimeUnit.SECONDS.toNanos(1) / UPLOADS_PER_SECOND;
        long start = System.nanoTime();
        long errors = 0;
        for (int i = 0; i < documents; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String failure = fleet.uploads().uploadForNextClient(sample);
            if (failure != null) {
                errors++;
                say("  upload failed: " + failure);
            }
        }
        return errors;
    }

    /** Waits until the documents created since {@code from} have made {@code deliveries} deliveries. */
    private void awaitDeliveries(Instant from, long deliveries) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (sink.firstDeliveries(from, Instant.MAX).size() < deliveries) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the receiver got " + sink.firstDeliveries(from, Instant.MAX).size() + " of "
                        + deliveries + " deliveries within " + DELIVERY_TIMEOUT.toMinutes() + " min; see GET /api/v1/integrations/{id}/deliveries on the"
                        + " sync-worker for what happened to the others");
            }
            Thread.sleep(200);
        }
    }

    /** created→routing started, from the sync-worker's own delivery rows of the measured documents. */
    private Map<Double, Double> queuedMillis(Instant measuredFrom) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SYNC_URL, "postgres", "");
             PreparedStatement query = connection.prepareStatement("""
                     select percentile_cont(array[0.5, 0.95, 0.99]) within group
                            (order by extract(epoch from created_at - document_created_at) * 1000)
                       from delivery where client_id = ? and document_created_at >= ?""")) {
            query.setObject(1, clientId);
            query.setTimestamp(2, Timestamp.from(measuredFrom));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                Double[] values = (Double[]) result.getArray(1).getArray();
                Map<Double, Double> percentiles = new TreeMap<>();
                percentiles.put(50.0, values[0]);
                percentiles.put(95.0, values[1]);
                percentiles.put(99.0, values[2]);
                return percentiles;
            }
        }
    }
}
