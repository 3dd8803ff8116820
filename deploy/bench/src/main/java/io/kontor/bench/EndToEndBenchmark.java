package io.kontor.bench;

import org.HdrHistogram.Histogram;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static io.kontor.bench.Progress.say;

/**
 * Issue 11's end-to-end benchmark: uploads at fixed arrival rates to clients with two webhook integrations each, and
 * for every delivery the time from the document's {@code createdAt} to its arrival at the receiver; the backlog shows
 * whether a rate is sustained. wrk against the same kind of receiver is the raw HTTP baseline.
 */
final class EndToEndBenchmark {

    private static final int FIRMS = 8;
    private static final int CLIENTS_PER_FIRM = 5;
    /** Past the window's start, so the backlog a rate starts with has settled before it is compared with its end. */
    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration JIT_WARMUP = Duration.ofSeconds(30);
    private static final int WRK_CONNECTIONS = 8;
    private static final Duration WRK_DURATION = Duration.ofSeconds(20);

    private final Path repoRoot;
    private final BenchOptions options;

    EndToEndBenchmark(Path repoRoot, BenchOptions options) {
        this.repoRoot = repoRoot;
        this.options = options;
    }

    void run() throws Exception {
        HttpClient http = JsonApi.newHttpClient();
        try (LocalStackProcess stack = LocalStackProcess.open(repoRoot, options.reuseStack(), http, Map.of());
             WebhookSink sink = WebhookSink.start();
             DeliveryBacklog backlog = DeliveryBacklog.open()) {
            String runId = Long.toString(System.currentTimeMillis() / 1000, 36);
            say("Creating " + FIRMS + " firms with " + CLIENTS_PER_FIRM + " clients, two webhook integrations each");
            SampleDocuments pdf = SampleDocuments.pdf();
            Fleet fleet = Fleet.create(http, new LocalTokens(repoRoot), sink, "e2e-" + runId, FIRMS, CLIENTS_PER_FIRM, pdf);
            EndToEndReport report = new EndToEndReport(options, FIRMS, CLIENTS_PER_FIRM, fleet.integrationCount());

            say("Warming up: " + JIT_WARMUP.toSeconds() + " s at " + options.rates().get(0) + " uploads/s");
            runRate(options.rates().get(0), JIT_WARMUP, fleet, pdf, sink, backlog);
            for (int rate : options.rates()) {
                say("Rate " + rate + " uploads/s for " + options.duration().toSeconds() + " s ...");
                EndToEndReport.Row row = runRate(rate, options.duration(), fleet, pdf, sink, backlog);
                say(String.format(Locale.ROOT, "  %,d deliveries, p50 %.0f ms, p99 %.0f ms, backlog %d -> %d, %s",
                        row.latencies().getTotalCount(), row.percentile(50), row.percentile(99), row.backlogSettled(),
                        row.backlogAtEnd(), row.sustained() ? "sustained" : "NOT sustained"));
                report.add(row);
            }

            if (WrkBaseline.available()) {
                say("Baseline: wrk, " + WRK_CONNECTIONS + " connections, " + WRK_DURATION.toSeconds() + " s");
                try (WebhookSink baselineSink = WebhookSink.start()) {
                    report.baseline(WrkBaseline.measure(baselineSink.url("wrk"), sampleEvent(), WRK_CONNECTIONS,
                            WRK_DURATION, repoRoot.resolve("deploy/bench/target")));
                }
            } else {
                say("wrk is not installed: the raw HTTP baseline is not measured (deploy/bench/run installs it with apt)");
            }
            Machine.publish(repoRoot, "end-to-end", report.render(), stack);
        }
    }

    /**
     * Holds the rate for the window, then waits until everything it created has arrived; the latencies are those of
     * the documents created in the window, first arrival per (document, integration).
     */
    private static EndToEndReport.Row runRate(int rate, Duration window, Fleet fleet, SampleDocuments pdf,
                                              WebhookSink sink, DeliveryBacklog backlog) throws Exception {
        awaitEmpty(backlog);
        Instant from = Instant.now();
        long settled;
        long atEnd;
        ArrivalLoad.Result uploads;
        try (ArrivalLoad load = ArrivalLoad.start(rate, () -> fleet.uploads().uploadForNextClient(pdf))) {
            Thread.sleep(Math.min(SETTLE.toMillis(), window.toMillis() / 2));
            settled = backlog.total() + load.unanswered();
            Thread.sleep(window.toMillis() - Math.min(SETTLE.toMillis(), window.toMillis() / 2));
            atEnd = backlog.total() + load.unanswered();
            uploads = load.stop();
        }
        Instant until = Instant.now();
        Duration drain = awaitEmpty(backlog);

        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMillis(10), 3);
        for (WebhookSink.Reception reception : sink.firstDeliveries(from, until)) {
            latencies.recordValue(Math.max(0, Math.min(latencies.getHighestTrackableValue(),
                    Duration.between(reception.createdAt(), reception.receivedAt()).toMillis())));
        }
        return new EndToEndReport.Row(rate, uploads, latencies, settled, atEnd, drain);
    }

    /** Waits until nothing is owed; answers how long that took. */
    private static Duration awaitEmpty(DeliveryBacklog backlog) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + DRAIN_TIMEOUT.toNanos();
        while (backlog.total() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the backlog did not drain within " + DRAIN_TIMEOUT.toMinutes()
                        + " min; see deploy/local/.data/logs");
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** A webhook-sized CloudEvent like the sync-worker's, for wrk to send. */
    private static String sampleEvent() {
        String now = Instant.now().toString();
        return "{\"specversion\":\"1.0\",\"id\":\"0b9f3c1e-5a7d-4c52-9a3e-2f0d6c8e71aa\",\"source\":\"/kontor/sync-worker\","
                + "\"type\":\"kontor.document.created.v1\",\"subject\":\"clients/c/documents/d\",\"time\":\"" + now + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"documentId\":\"d\",\"clientId\":\"c\","
                + "\"partnerId\":\"p\",\"type\":\"PURCHASE_INVOICE\",\"fileName\":\"invoice-2026-001.pdf\","
                + "\"mediaType\":\"application/pdf\",\"sizeBytes\":10240,\"sha256\":\"" + "0".repeat(64) + "\","
                + "\"createdAt\":\"" + now + "\",\"metadata\":{},\"version\":1,"
                + "\"downloadUrl\":\"http://localhost:8081/api/v1/downloads/" + "x".repeat(200) + "\","
                + "\"downloadUrlExpiresAt\":\"" + now + "\"}}";
    }

    static Optional<Integer> highestSustained(List<EndToEndReport.Row> rows) {
        return rows.stream().filter(EndToEndReport.Row::sustained).map(EndToEndReport.Row::rate).max(Integer::compare);
    }
}
