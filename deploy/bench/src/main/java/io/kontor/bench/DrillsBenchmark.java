package io.kontor.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.kontor.bench.Progress.say;

/**
 * Issue 11's fault drills: for each drill a fresh fleet of clients with two webhook integrations each, uploads at a
 * fixed rate, the fault in the middle of them, and, once the load has stopped and the sync-worker has nothing left to
 * send, the {@link DeliveryAudit} of every (document, integration) pair.
 */
final class DrillsBenchmark {

    /**
     * The worker's timings, shortened so that each drill ends within minutes and stays inside its retry schedule:
     * a receiver failing for two minutes must not use the schedule up (2 s … 30 s, 11 attempts over about 3.5 min),
     * a slow receiver times out after 5 s, and a killed worker's leases return after 30 s instead of 2 min.
     */
    static final Map<String, String> STACK_SETTINGS = Map.of(
            "KONTOR_SYNC_DELIVERY_RETRY_DELAYS", "PT2S,PT5S,PT10S,PT20S,PT30S,PT30S,PT30S,PT30S,PT30S,PT30S",
            "KONTOR_SYNC_DELIVERY_LEASE", "PT30S",
            "KONTOR_SYNC_WEBHOOK_TIMEOUT", "5s");

    /** How each drill loads the stack: the full run, or the CI smoke's few hundred documents. */
    record Load(int firms, int clientsPerFirm, double perSecond, Duration before, Duration after) {

        static final Load FULL = new Load(4, 5, 10, Duration.ofSeconds(10), Duration.ofSeconds(10));
        static final Load SMOKE = new Load(2, 5, 10, Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private final Path repoRoot;
    private final BenchOptions options;

    DrillsBenchmark(Path repoRoot, BenchOptions options) {
        this.repoRoot = repoRoot;
        this.options = options;
    }

    /** Answers whether every drill passed its audit. */
    boolean run() throws Exception {
        List<FaultDrill> drills = selected();
        Load load = options.smoke() ? Load.SMOKE : Load.FULL;
        HttpClient http = JsonApi.newHttpClient();
        DrillReport report = new DrillReport(options.smoke(), load, STACK_SETTINGS);
        try (LocalStackProcess stack = LocalStackProcess.open(repoRoot, options.reuseStack(), http, STACK_SETTINGS)) {
            String runId = Long.toString(System.currentTimeMillis() / 1000, 36);
            for (FaultDrill drill : drills) {
                report.add(runOne(drill, load, http, "drill-" + runId + "-" + drill.name()));
            }
            Machine.publish(repoRoot, options.smoke() ? "drills-smoke" : "drills", report.render(), stack);
        }
        return report.passed();
    }

    /** The drills asked for with --only (BenchOptions checked the names), else all of the variant's. */
    private List<FaultDrill> selected() {
        List<FaultDrill> available = options.smoke() ? FaultDrills.smoke() : FaultDrills.all();
        if (options.drills().isEmpty()) {
            return available;
        }
        return available.stream().filter(drill -> options.drills().contains(drill.name())).toList();
    }

    private DrillReport.Row runOne(FaultDrill drill, Load load, HttpClient http, String name) throws Exception {
        try (WebhookSink sink = WebhookSink.start()) {
            say("Drill " + drill.name() + ": " + load.firms() + " firms, " + load.firms() * load.clientsPerFirm()
                    + " clients with two webhook integrations each");
            SampleDocuments pdf = SampleDocuments.pdf();
            Fleet fleet = Fleet.create(http, new LocalTokens(repoRoot), sink, name, load.firms(), load.clientsPerFirm(), pdf);
            JsonApi api = new JsonApi(http);
            DrillContext context = new DrillContext(new StackFaults(repoRoot, http), sink, fleet, api);

            ArrivalLoad.Result uploads;
            Duration faultLasted;
            try (ArrivalLoad arrivals = ArrivalLoad.start(load.perSecond(),
                    () -> fleet.uploads().uploadForNextClient(pdf))) {
                DrillContext.pause(load.before());
                say("  " + drill.fault());
                long faultStarted = System.nanoTime();
                drill.injection().inject(context);
                faultLasted = Duration.ofNanos(System.nanoTime() - faultStarted);
                DrillContext.pause(load.after());
                uploads = arrivals.stop();
            }
            Instant loadEnded = Instant.now();
            say(String.format("  load stopped: %d uploads sent, %d stored, %d refused; waiting for the deliveries",
                    uploads.sent(), uploads.succeeded(), uploads.errorCount()));

            List<DeliveryAudit.AuditedClient> audited = new AuditInputs(api).read(fleet);
            DeliveryAudit.Verdict verdict = awaitSettled(audited, sink);
            Duration drain = Duration.between(loadEnded, verdict.lastArrival().orElse(loadEnded));
            say(String.format("  audit: %d owed pairs, %d missing, %d duplicates, %d pre-activation; %s",
                    verdict.owedPairs(), verdict.missingPairs(), verdict.duplicates(), verdict.preActivationDeliveries(),
                    verdict.passed() ? "passed" : "FAILED"));
            return new DrillReport.Row(drill, uploads, faultLasted, verdict, drain);
        }
    }

    /**
     * Waits until every owed pair arrived and the sync-worker has nothing queued or retrying (so late duplicates are
     * counted too), or until the drain timeout; answers the audit at that moment.
     */
    private static DeliveryAudit.Verdict awaitSettled(List<DeliveryAudit.AuditedClient> audited, WebhookSink sink)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        try (DeliveryBacklog backlog = DeliveryBacklog.open()) {
            while (true) {
                DeliveryAudit.Verdict verdict = DeliveryAudit.of(audited, sink.receptions());
                if ((verdict.missingPairs() == 0 && backlog.pendingDeliveries() == 0) || System.nanoTime() > deadline) {
                    return verdict;
                }
                Thread.sleep(1000);
            }
        }
    }
}
