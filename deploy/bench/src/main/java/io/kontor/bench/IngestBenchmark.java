package io.kontor.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.IntStream;

import static io.kontor.bench.Progress.say;

/**
 * Issue 11's ingest benchmark: uploads of PDFs and XRechnung XML against the local stack at each concurrency, then
 * the raw PostgreSQL and Kafka baselines at the same concurrencies, reported side by side.
 */
final class IngestBenchmark {

    /** Enough firms that no firm's audit chain is the bottleneck at 8 threads, few enough to set up in seconds. */
    private static final int FIRMS = 8;
    private static final int CLIENTS_PER_FIRM = 4;
    private static final Path XRECHNUNG_SAMPLE =
            Path.of("document-formats/src/test/resources/samples/xrechnung/01.01a-INVOICE_ubl.xml");
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(3);
    /** About 300 MB: long enough for the producer to reach its pace, short enough to take seconds. */
    private static final long KAFKA_TOOL_RECORDS = 300_000;
    /**
     * A fresh stack's services are still compiling when the first measurement starts: without this, the first
     * (lowest) concurrency would pay for the JIT and look worse than it is.
     */
    private static final Duration JIT_WARMUP = Duration.ofSeconds(20);

    private final Path repoRoot;
    private final BenchOptions options;

    IngestBenchmark(Path repoRoot, BenchOptions options) {
        this.repoRoot = repoRoot;
        this.options = options;
    }

    void run() throws Exception {
        HttpClient http = JsonApi.newHttpClient();
        List<String> setup = new ArrayList<>();
        setup.add(LocalStackProcess.setupNote(options.reuseStack()));
        try (LocalStackProcess stack = LocalStackProcess.open(repoRoot, options.reuseStack(), http, Map.of())) {
            String runId = Long.toString(System.currentTimeMillis() / 1000, 36);
            List<String> partners = IntStream.range(0, FIRMS).mapToObj(i -> "bench-" + runId + "-" + i).toList();
            say("Creating " + FIRMS + " firms with " + CLIENTS_PER_FIRM + " clients each");
            List<String> tokens = new ArrayList<>();
            for (String partner : partners) {
                tokens.add(new LocalTokens(repoRoot).partnerAdmin(partner));
            }
            KontorUploads uploads = KontorUploads.forNewClients(http, tokens, CLIENTS_PER_FIRM);
            SampleDocuments pdf = SampleDocuments.pdf();
            SampleDocuments xml = SampleDocuments.xrechnung(repoRoot.resolve(XRECHNUNG_SAMPLE));
            setup.add(String.format(Locale.ROOT, "Uploads: %d firms (partner ids) with %d clients each; load thread i"
                            + " uploads for firm i mod %d. Every file is unique (a serial number written into it), so"
                            + " nothing is refused or flagged as a duplicate. Success is a 201; anything else is an error.",
                    FIRMS, CLIENTS_PER_FIRM, FIRMS));
            setup.add(String.format(Locale.ROOT, "Files: a one-page PDF made with PDFBox (%,d bytes) and the XRechnung"
                    + " 3.0 UBL sample `%s` (%,d bytes), both as PURCHASE_INVOICE.", pdf.size(), XRECHNUNG_SAMPLE, xml.size()));
            setup.add("Before each measurement the bench waits until documents-service's outbox has no unsent event, so"
                    + " no measurement pays for the previous one's backlog.");
            setup.add("Baselines: PostgreSQL over JDBC, per document one transaction writing the rows an upload writes"
                    + " (document, revision, 10 KB content, 1 KB outbox event, audit entry and the firm's audit chain row),"
                    + " without the reads and checks, into copies of documents-service's tables (same indexes) in a"
                    + " scratch schema, at most " + PostgresBaseline.MAX_CONNECTIONS + " connections (the server allows"
                    + " 200 and the services hold some). Kafka: one kafka-clients producer shared by the threads,"
                    + " idempotent with a 5 ms linger like the outbox relay's, into a scratch topic with"
                    + " kontor.documents' partitions. Both are dropped afterwards.");
            int highest = options.concurrency().stream().max(Integer::compare).orElseThrow();
            setup.add(String.format(Locale.ROOT, "Before the first measurement the services' JIT is warmed with %d s"
                    + " of uploads of each format at %d clients, not counted.", JIT_WARMUP.toSeconds(), highest));
            IngestReport report = new IngestReport(options, List.copyOf(setup));
            for (SampleDocuments sample : List.of(pdf, xml)) {
                say("Warming up: " + sample.name() + " uploads, " + highest + " threads, " + JIT_WARMUP.toSeconds() + " s");
                LoadRun.measure(highest, JIT_WARMUP, Duration.ZERO, uploads.uploading(sample));
            }
            for (int concurrency : options.concurrency()) {
                for (SampleDocuments sample : List.of(pdf, xml)) {
                    String workload = String.format(Locale.ROOT, "%s upload (%.1f KB)", sample.name(), sample.size() / 1024.0);
                    report.upload(measure(workload, concurrency, concurrency, uploads.uploading(sample)));
                }
            }
            awaitOutboxDrained();
            try (PostgresBaseline postgres = PostgresBaseline.create(partners, pdf.size())) {
                for (int concurrency : options.concurrency()) {
                    int connections = Math.min(concurrency, PostgresBaseline.MAX_CONNECTIONS);
                    report.baseline(measure("PostgreSQL: an upload's rows, one transaction", concurrency, connections, postgres.inserting()));
                }
            }
            try (KafkaBaseline kafka = KafkaBaseline.create()) {
                for (int concurrency : options.concurrency()) {
                    report.baseline(measure("Kafka: 1 KB record, acks=all, each send awaited",
                            concurrency, concurrency, kafka.producing()));
                }
                say("Kafka's producer performance test, " + KAFKA_TOOL_RECORDS + " records ...");
                KafkaToolsBaseline.Result tool = KafkaToolsBaseline.measure(KafkaBaseline.TOPIC, KAFKA_TOOL_RECORDS,
                        repoRoot.resolve("deploy/bench/target/kafka-producer-perf-test.log"));
                say("  " + tool.describe());
                report.kafkaTool(tool);
            }

            Machine.publish(repoRoot, "ingest", report.render(), stack);
        }
    }

    private IngestReport.Row measure(String workload, int requested, int threads, LoadRun.Operation operation)
            throws InterruptedException, SQLException {
        awaitOutboxDrained();
        say(String.format(Locale.ROOT, "%s, %d threads ...", workload, threads));
        LoadRun.Result result = LoadRun.measure(threads, options.warmup(), options.duration(), operation);
        say(String.format(Locale.ROOT, "  %,.0f/s, p50 %.1f ms, p99 %.1f ms, %d errors", result.perSecond(),
                result.percentileMillis(50), result.percentileMillis(99), result.errorCount()));
        return new IngestReport.Row(workload, requested, result);
    }

    /** Waits until the outbox relay has published every event documents-service has written so far. */
    private static void awaitOutboxDrained() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        try (DeliveryBacklog backlog = DeliveryBacklog.open()) {
            while (backlog.unsentEvents() > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("documents-service's outbox still has unsent events after "
                            + DRAIN_TIMEOUT.toMinutes() + " min: is Kafka up?");
                }
                Thread.sleep(500);
            }
        }
    }
}
