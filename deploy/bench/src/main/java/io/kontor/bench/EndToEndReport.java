package io.kontor.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The end-to-end run as Markdown: per arrival rate the uploads, created→delivered latency and backlog; the baseline. */
final class EndToEndReport {

    /**
     * One rate held for the window. {@code backlogSettled} is what Kontor owed a few seconds into the window,
     * {@code backlogAtEnd} at its end: the rate is sustained when every upload was stored and the backlog did not
     * grow by more than one second's worth of deliveries.
     */
    record Row(int rate, ArrivalLoad.Result uploads, Histogram latencies, long backlogSettled, long backlogAtEnd,
               Duration drain) {

        boolean sustained() {
            return uploads.errorCount() == 0 && backlogAtEnd - backlogSettled <= (long) rate * Fleet.HOOKS_PER_CLIENT.size();
        }

        double percentile(double percentile) {
            return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile);
        }

        double deliveriesPerSecond() {
            return latencies.getTotalCount() / (uploads.ran().toMillis() / 1000.0);
        }
    }

    private final BenchOptions options;
    private final int firms;
    private final int clientsPerFirm;
    private final int integrations;
    private final List<Row> rows = new ArrayList<>();
    private WrkBaseline.Result baseline;

    EndToEndReport(BenchOptions options, int firms, int clientsPerFirm, int integrations) {
        this.options = options;
        this.firms = firms;
        this.clientsPerFirm = clientsPerFirm;
        this.integrations = integrations;
    }

    void add(Row row) {
        rows.add(row);
    }

    void baseline(WrkBaseline.Result result) {
        baseline = result;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(Machine.heading("End-to-end benchmark"));
        out.append(String.format(Locale.ROOT, "- The stack: `deploy/local/up --fresh`, services on the full JIT, the"
                + " upload rate limit off, every other setting its default (the sync-worker: 8 attempts in flight, a"
                + " 0.2 s poll when idle). %d firms with %d clients each, every client with two `generic-webhook`"
                + " integrations (%d in all) pointing at a receiver in the bench: a JDK HTTP server on loopback that"
                + " answers 204 at once.%n", firms, clientsPerFirm, integrations));
        out.append(String.format(Locale.ROOT, "- Each rate: uploads of a unique 10 KB PDF started at a fixed rate (an"
                + " open loop: a slow answer does not slow the arrivals) for %d s, spread over the clients; then the"
                + " bench waits until everything has arrived. A warm-up at the first rate comes first, not counted.%n",
                options.duration().toSeconds()));
        out.append("- Created→delivered: the receiver's clock when a delivery arrived minus the document's `createdAt`"
                + " (taken when its upload started), for every (document, integration) pair created in the window,"
                + " first arrival. Same machine, same clock.\n");
        out.append("- Backlog: uploads due but not answered yet (waiting for a thread or in flight), events"
                + " documents-service has not published, and deliveries the sync-worker has queued or is retrying,"
                + " read 15 s into the window and at its end. A rate is sustained when every upload was stored and"
                + " the backlog grew by no more than one second's deliveries.\n\n");
        out.append("| uploads/s | deliveries/s | uploads stored | refused | created→delivered p50 ms | p95 ms | p99 ms"
                + " | max ms | upload p99 ms | backlog at 15 s | at end | drained after | sustained |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %d | %.0f | %,d | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %,d | %,d"
                            + " | %.1f s | %s |%n", row.rate(), row.deliveriesPerSecond(), row.uploads().succeeded(),
                    ErrorCounts.describe(row.uploads().errors()), row.percentile(50), row.percentile(95), row.percentile(99),
                    row.percentile(100), row.uploads().latencies().getValueAtPercentile(99) / 1000.0,
                    row.backlogSettled(), row.backlogAtEnd(), row.drain().toMillis() / 1000.0,
                    row.sustained() ? "yes" : "no"));
        }
        out.append('\n');
        EndToEndBenchmark.highestSustained(rows).ifPresentOrElse(
                rate -> out.append(String.format(Locale.ROOT, "Highest rate sustained for %d s: **%d uploads/s, %d"
                        + " deliveries/s**.%n", options.duration().toSeconds(), rate, rate * Fleet.HOOKS_PER_CLIENT.size())),
                () -> out.append("No rate was sustained.\n"));
        out.append("\n## Baseline: raw HTTP to the same kind of receiver (wrk)\n\n");
        if (baseline == null) {
            out.append("Not measured: wrk is not installed on this machine (deploy/bench/run installs it with apt where"
                    + " it can).\n");
        } else {
            out.append("wrk POSTs a webhook-sized CloudEvent (about 800 bytes) to a second sink of the same kind, 2"
                    + " threads, ").append(baseline.connections()).append(" connections (the sync-worker's attempts in"
                    + " flight): ").append(WrkBaseline.describe(baseline)).append(".\n\n");
            EndToEndBenchmark.highestSustained(rows).ifPresent(rate -> out.append(String.format(Locale.ROOT,
                    "Kontor's highest sustained delivery rate is %.4f of the receiver's raw rate: each delivery is an"
                            + " upload, its outbox event, Kafka, routing, a leased delivery row, a signed POST and the"
                            + " recorded outcome.%n", rate * Fleet.HOOKS_PER_CLIENT.size() / baseline.requestsPerSecond())));
        }
        return out.toString();
    }
}
