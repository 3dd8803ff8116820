package io.kontor.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static io.kontor.bench.Progress.say;

/**
 * Issue 11's scale benchmark. Listing: one client grown to each size by SQL, its folder views measured through the
 * API and as the same SQL. Routing: uploads to one client with two webhooks, with about ten integrations in the
 * system and then with ten thousand.
 */
final class ScaleBenchmark {

    static final List<Long> SIZES = List.of(10_000L, 100_000L, 1_000_000L);
    /** A few people looking at the same client's folders at once. */
    static final int LISTING_THREADS = 4;
    /** Integrations in the system for each routing measurement: the measured client's two and other firms'. */
    static final List<Integer> INTEGRATIONS = List.of(10, 10_000);

    private final Path repoRoot;
    private final BenchOptions options;

    ScaleBenchmark(Path repoRoot, BenchOptions options) {
        this.repoRoot = repoRoot;
        this.options = options;
    }

    void run() throws Exception {
        HttpClient http = JsonApi.newHttpClient();
        List<String> setup = new ArrayList<>();
        setup.add(LocalStackProcess.setupNote(options.reuseStack()));
        try (LocalStackProcess stack = LocalStackProcess.open(repoRoot, options.reuseStack(), http, Map.of());
             WebhookSink sink = WebhookSink.start()) {
            String runId = Long.toString(System.currentTimeMillis() / 1000, 36);
            String partner = "scale-" + runId;
            LocalTokens tokens = new LocalTokens(repoRoot);
            String token = tokens.partnerAdmin(partner);
            setup.addAll(listingNotes());
            setup.addAll(routingNotes());
            ScaleReport report = new ScaleReport(options, List.copyOf(setup));

            UUID listed = UUID.fromString(KontorUploads.createClient(new JsonApi(http), token, "Scale: listed client"));
            measureListings(report, http, partner, token, listed);
            measureRouting(report, http, tokens, sink, runId);

            Machine.publish(repoRoot, "scale", report.render(), stack);
        }
    }

    private void measureListings(ScaleReport report, HttpClient http, String partner, String token, UUID clientId)
            throws Exception {
        DocumentSeeding seeding = new DocumentSeeding(partner, clientId, Instant.now());
        DocumentListings listings = new DocumentListings(http, token, clientId);
        LocalDate month = LocalDate.ofInstant(seeding.middle(), ZoneOffset.UTC).withDayOfMonth(1);
        try (ListingBaseline baseline = new ListingBaseline(partner, clientId, LISTING_THREADS)) {
            for (long size : SIZES) {
                say(String.format(Locale.ROOT, "Seeding the listed client up to %,d documents ...", size));
                long started = System.nanoTime();
                long added = seeding.growTo(size);
                report.seeding(new ScaleReport.Seeding(size, added, Duration.ofNanos(System.nanoTime() - started)));
                List<ListingQuery> queries = List.of(ListingQuery.firstPage(), listings.deepPageBefore(seeding.middle()),
                        ListingQuery.folder("SALES_INVOICE"),
                        ListingQuery.issuedBetween(month, month.plusMonths(1).minusDays(1)));
                for (ListingQuery query : queries) {
                    say(String.format(Locale.ROOT, "%,d documents, %s ...", size, query.name()));
                    LoadRun.Result viaApi = measure("API", listings.listing(query));
                    LoadRun.Result viaSql = measure("SQL", baseline.listing(query));
                    report.listing(new ScaleReport.Listing(size, query.name(), viaApi, viaSql));
                }
            }
        }
    }

    private LoadRun.Result measure(String what, LoadRun.Operation operation) throws InterruptedException {
        LoadRun.Result result = LoadRun.measure(LISTING_THREADS, options.warmup(), options.duration(), operation);
        say(String.format(Locale.ROOT, "  %s: %,.0f/s, p50 %s ms, p99 %s ms, %d errors", what, result.perSecond(),
                ScaleReport.millis(result.percentileMillis(50)), ScaleReport.millis(result.percentileMillis(99)),
                result.errorCount()));
        return result;
    }

    private void measureRouting(ScaleReport report, HttpClient http, LocalTokens tokens, WebhookSink sink, String runId)
            throws Exception {
        // Counted before the routed client's integrations are added: the sync-worker hears of them a moment later.
        long present = RoutingMeasurement.activeIntegrations();
        SampleDocuments pdf = SampleDocuments.pdf();
        say("Creating the routed client: one client of a new firm, two webhook integrations");
        Fleet routed = Fleet.create(http, tokens, sink, "scale-" + runId + "-routed", 1, 1, pdf);
        present += routed.integrationCount();
        OtherFirms others = new OtherFirms(tokens, new JsonApi(http), runId, sink);
        RoutingMeasurement routing = new RoutingMeasurement(sink, routed, pdf, options);
        for (int wanted : INTEGRATIONS) {
            // What the system holds already counts: a reused stack may have more than the smallest size.
            int missing = (int) Math.max(0, wanted - present);
            say(String.format(Locale.ROOT, "Adding %,d integrations of other firms through the APIs ...", missing));
            long started = System.nanoTime();
            others.add(missing);
            Duration viaApi = Duration.ofNanos(System.nanoTime() - started);
            present += missing;
            Duration untilRoutable = RoutingMeasurement.awaitSyncWorker(present);
            if (missing > 0) {
                report.fleetSeeding(new ScaleReport.FleetSeeding(missing, viaApi, untilRoutable));
            }
            report.routing(routing.measure());
        }
    }

    private List<String> listingNotes() {
        return List.of(String.format(Locale.ROOT, "Listing: one client of a new firm, created through the API, then"
                        + " grown by SQL straight into documents-service's database to %s documents (%s), the same"
                        + " client at each size. Every document has the rows the folder view and a download read:"
                        + " document, revision 1, and content (a small PDF-like file whose SHA-256 and size are the"
                        + " document's). Folders: 45 %% purchase invoices, 25 %% sales invoices, 15 %% receipts,"
                        + " 10 %% bank statements, 5 %% other; created uniformly over the last two years; invoices and"
                        + " receipts with a number, issue date (0–14 days before creation), due date (invoices),"
                        + " one of 16 counterparties and amounts; statements with a number and date. No outbox"
                        + " event and no audit entry is written for them: they are not new documents, and nobody should"
                        + " be told about them. `VACUUM ANALYZE` after each size, as autovacuum would do to settled data.",
                        String.join(", ", SIZES.stream().map(size -> String.format(Locale.ROOT, "%,d", size)).toList()),
                        DocumentSeeding.BATCH + " per statement"),
                "Queries, each a page of " + ListingQuery.PAGE_SIZE + " newest first (the default sort):"
                        + " the first page; a page in the middle (the cursor the API returns for the newest document"
                        + " created before the middle of the two years, taken from a one-document page of the list"
                        + " filtered to before that instant, which continues the unfiltered list); one folder"
                        + " (SALES_INVOICE); and an issue-date range of one month in the middle of the two years. Every"
                        + " answer also carries the per-folder counts under the same filter (without the folder), as"
                        + " the API always does. A request succeeds on a 200 with a non-empty page.",
                "SQL baseline: the statements documents-service runs for the same request, read from its"
                        + " repository (the client's existence; the page with the keyset condition, one row more than"
                        + " the page; the per-folder counts), in one read-only transaction over JDBC on the load"
                        + " thread's own connection, every column of every row read.");
    }

    private static List<String> routingNotes() {
        return List.of(String.format(Locale.ROOT, "Routing: one client of another new firm with two generic-webhook"
                        + " integrations pointing at a receiver in the bench JVM that answers 204 at once, set up as"
                        + " the end-to-end benchmark sets up its clients (one document uploaded before the"
                        + " integrations exist, which is never delivered). %d uploads"
                        + " of a 10 KB PDF at %d/s (far below what the pipeline sustains, so nothing queues), the first"
                        + " %d not counted; the measure is created→delivered, the receiver's clock minus the"
                        + " document's `createdAt` from the delivery's body, per delivery (its first arrival). It is the measure that"
                        + " contains routing: the sync-worker's delivery rows are stamped when routing starts, before"
                        + " the lookup of the client's integrations, so their timestamps cannot show what routing costs;"
                        + " they are reported beside it (created→routing started) to show the part before routing."
                        + " The rest includes the sync-worker's idle delivery poll (every 200 ms by default), equal at"
                        + " both sizes. The routing lookup's own SQL (the client's integrations with their activation"
                        + " periods, as the sync-worker's repository asks) is timed over JDBC, one thread.",
                        RoutingMeasurement.WARMUP_DOCUMENTS + RoutingMeasurement.MEASURED_DOCUMENTS,
                        RoutingMeasurement.UPLOADS_PER_SECOND, RoutingMeasurement.WARMUP_DOCUMENTS),
                String.format(Locale.ROOT, "Integrations in the system: the measured client's two, then other firms'"
                        + " up to %s, added through the public APIs (per firm: a token, an installation of"
                        + " generic-webhook, its clients as one CSV import, two integrations per client in one bulk"
                        + " activation of at most %d) so every service's copy is the real one; their clients never get"
                        + " a document. The count shown is the sync-worker's active integrations when measured.",
                        String.join(" and ", INTEGRATIONS.stream().map(n -> String.format(Locale.ROOT, "%,d", n)).toList()),
                        OtherFirms.INTEGRATIONS_PER_FIRM));
    }
}
