package io.kontor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ingest run as Markdown: the machine, how it was run, every measurement with its errors, and the ratios. */
final class IngestReport {

    /** One measured row: what ran, at which requested concurrency, and its result. */
    record Row(String workload, int requestedConcurrency, LoadRun.Result result) {
    }

    private final BenchOptions options;
    private final List<String> setup;
    private final List<Row> uploads = new ArrayList<>();
    private final List<Row> baselines = new ArrayList<>();
    private KafkaToolsBaseline.Result kafkaTool;

    IngestReport(BenchOptions options, List<String> setup) {
        this.options = options;
        this.setup = setup;
    }

    void upload(Row row) {
        uploads.add(row);
    }

    void baseline(Row row) {
        baselines.add(row);
    }

    void kafkaTool(KafkaToolsBaseline.Result result) {
        kafkaTool = result;
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(Machine.heading("Ingest benchmark"));
        for (String line : setup) {
            out.append("- ").append(line).append('\n');
        }
        out.append("- Each measurement: ").append(options.warmup().toSeconds()).append(" s warm-up, then ")
                .append(options.duration().toSeconds()).append(" s measured; a closed loop of N threads, each starting"
                        + " its next request when the previous one answered. Latency is per request, in ms.\n\n");

        out.append("## Uploads (documents-service, `POST /api/v1/clients/{clientId}/documents`)\n\n");
        table(out, "documents/s", uploads);
        out.append("\n## Baselines (same machine, same PostgreSQL and Kafka, same run)\n\n");
        table(out, "operations/s", baselines);
        if (kafkaTool != null) {
            out.append("\nKafka's own producer performance test (`kafka-producer-perf-test`, 1 KB records, `acks=all`,"
                    + " unthrottled, one producer sending asynchronously) on the same broker: ").append(kafkaTool.describe())
                    .append(". That is the broker's ceiling here; the rows above wait for each acknowledgement, as an"
                            + " upload waits for its answer.\n");
        }
        out.append("\n## Kontor's upload rate as a fraction of each baseline's rate at the same concurrency\n\n");
        ratios(out);
        return out.toString();
    }

    private static void table(StringBuilder out, String rateName, List<Row> rows) {
        out.append("| workload | clients | ").append(rateName).append(" | p50 ms | p95 ms | p99 ms | ok | errors |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            LoadRun.Result result = row.result();
            String clients = row.requestedConcurrency() == result.concurrency()
                    ? String.valueOf(result.concurrency())
                    : row.requestedConcurrency() + " (ran " + result.concurrency() + ")";
            out.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.1f | %.1f | %.1f | %,d | %s |%n",
                    row.workload(), clients, result.perSecond(), result.percentileMillis(50),
                    result.percentileMillis(95), result.percentileMillis(99), result.succeeded(), ErrorCounts.describe(result.errors())));
        }
    }

    private void ratios(StringBuilder out) {
        List<String> uploadNames = uploads.stream().map(Row::workload).distinct().toList();
        List<String> baselineNames = baselines.stream().map(Row::workload).distinct().toList();
        out.append("| clients |");
        for (String upload : uploadNames) {
            for (String baseline : baselineNames) {
                out.append(' ').append(shortName(upload)).append(" ÷ ").append(shortName(baseline)).append(" |");
            }
        }
        out.append('\n').append("|---|").append("---|".repeat(uploadNames.size() * baselineNames.size())).append('\n');
        for (int concurrency : options.concurrency()) {
            out.append("| ").append(concurrency).append(" |");
            for (String upload : uploadNames) {
                for (String baseline : baselineNames) {
                    out.append(' ').append(ratio(rate(uploads, upload, concurrency), rate(baselines, baseline, concurrency)))
                            .append(" |");
                }
            }
            out.append('\n');
        }
    }

    /** The workload's name up to its first parenthesis or colon: "PDF", "PostgreSQL". */
    private static String shortName(String workload) {
        return workload.split("[(:]")[0].trim();
    }

    private static double rate(List<Row> rows, String workload, int concurrency) {
        return rows.stream().filter(row -> row.workload().equals(workload) && row.requestedConcurrency() == concurrency)
                .mapToDouble(row -> row.result().perSecond()).findFirst().orElse(Double.NaN);
    }

    private static String ratio(double kontor, double baseline) {
        return baseline > 0 ? String.format(Locale.ROOT, "%.3f", kontor / baseline) : "n/a";
    }
}
