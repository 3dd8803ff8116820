package io.kontor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scale run as Markdown: listing one client's documents as they grow (with the same SQL over JDBC beside each
 * request, and how much p99 grew from the smallest size), then routing with few and with many integrations.
 */
final class ScaleReport {

    /** Documents added by SQL to reach a size, and how long that took. */
    record Seeding(long documents, long added, Duration took) {
    }

    /** One folder view at one size: through the API and as raw SQL. */
    record Listing(long documents, String query, LoadRun.Result api, LoadRun.Result sql) {
    }

    /** Integrations added through the APIs, how long the APIs took and how long until the sync-worker had them all. */
    record FleetSeeding(int integrations, Duration api, Duration untilRoutable) {
    }

    private final BenchOptions options;
    private final List<String> setup;
    private final List<Seeding> seedings = new ArrayList<>();
    private final List<Listing> listings = new ArrayList<>();
    private final List<FleetSeeding> fleetSeedings = new ArrayList<>();
    private final List<RoutingMeasurement.Result> routings = new ArrayList<>();

    ScaleReport(BenchOptions options, List<String> setup) {
        this.options = options;
        this.setup = setup;
    }

    void seeding(Seeding seeding) {
        seedings.add(seeding);
    }

    void listing(Listing listing) {
        listings.add(listing);
    }

    void fleetSeeding(FleetSeeding seeding) {
        fleetSeedings.add(seeding);
    }

    void routing(RoutingMeasurement.Result routing) {
        routings.add(routing);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(Machine.heading("Scale benchmark"));
        for (String line : setup) {
            out.append("- ").append(line).append('\n');
        }
        out.append("- Each listing measurement: ").append(options.warmup().toSeconds()).append(" s warm-up, then ")
                .append(options.duration().toSeconds()).append(" s measured; a closed loop of ")
                .append(ScaleBenchmark.LISTING_THREADS).append(" threads, each sending its next request when the"
                        + " previous one answered. Latency is per request, in ms.\n\n");

        out.append("## Listing one client's documents (`GET /api/v1/clients/{clientId}/documents`)\n\n");
        out.append("Seeding (SQL, set-based, then `VACUUM ANALYZE`):\n\n");
        out.append("| documents | added | seconds | documents/s |\n|---|---|---|---|\n");
        for (Seeding seeding : seedings) {
            double seconds = seeding.took().toMillis() / 1000.0;
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %,.0f |%n", seeding.documents(), seeding.added(),
                    seconds, seconds > 0 ? seeding.added() / seconds : Double.NaN));
        }
        out.append("\nThrough the API:\n\n");
        listingTable(out, true);
        out.append("\nThe same statements over JDBC (client check, page, per-folder counts; one transaction):\n\n");
        listingTable(out, false);
        out.append("\np99 as the client grows (API, and SQL in parentheses), and the largest size's p99 over the"
                + " smallest's:\n\n");
        growthTable(out);

        out.append("\n## Routing: one client's documents to its two webhooks, with few and many integrations in the"
                + " system\n\n");
        for (FleetSeeding seeding : fleetSeedings) {
            out.append(String.format(Locale.ROOT, "- %,d integrations of other firms added through the APIs in %.0f s;"
                            + " the sync-worker had them all %.0f s later.%n", seeding.integrations(),
                    seeding.api().toMillis() / 1000.0, seeding.untilRoutable().toMillis() / 1000.0));
        }
        out.append('\n');
        routingTable(out);
        return out.toString();
    }

    private void listingTable(StringBuilder out, boolean api) {
        out.append("| documents | query | ").append(api ? "requests/s" : "transactions/s")
                .append(" | p50 ms | p95 ms | p99 ms | ok | errors |\n|---|---|---|---|---|---|---|---|\n");
        for (Listing listing : listings) {
            LoadRun.Result result = api ? listing.api() : listing.sql();
            out.append(String.format(Locale.ROOT, "| %,d | %s | %,.0f | %s | %s | %s | %,d | %s |%n", listing.documents(),
                    listing.query(), result.perSecond(), millis(result.percentileMillis(50)),
                    millis(result.percentileMillis(95)), millis(result.percentileMillis(99)),
                    result.succeeded(), ErrorCounts.describe(result.errors())));
        }
    }

    private void growthTable(StringBuilder out) {
        List<Long> sizes = listings.stream().map(Listing::documents).distinct().toList();
        List<String> queries = listings.stream().map(Listing::query).distinct().toList();
        out.append("| query |");
        sizes.forEach(size -> out.append(String.format(Locale.ROOT, " p99 at %,d |", size)));
        out.append(" growth, API | growth, SQL |\n|---|").append("---|".repeat(sizes.size() + 2)).append('\n');
        for (String query : queries) {
            out.append("| ").append(query).append(" |");
            for (long size : sizes) {
                out.append(' ').append(listings.stream().filter(l -> l.query().equals(query) && l.documents() == size)
                        .findFirst().map(l -> millis(l.api().percentileMillis(99)) + " ("
                                + millis(l.sql().percentileMillis(99)) + ")").orElse("–")).append(" |");
            }
            out.append(' ').append(growth(query, true)).append(" | ").append(growth(query, false)).append(" |\n");
        }
    }

    /** The query's p99 at the largest size over its p99 at the smallest: 1.0 is flat. */
    private String growth(String query, boolean api) {
        List<Listing> rows = listings.stream().filter(l -> l.query().equals(query)).toList();
        if (rows.size() < 2) {
            return "–";
        }
        LoadRun.Result first = api ? rows.get(0).api() : rows.get(0).sql();
        LoadRun.Result last = api ? rows.get(rows.size() - 1).api() : rows.get(rows.size() - 1).sql();
        return ratio(last.percentileMillis(99), first.percentileMillis(99));
    }

    private void routingTable(StringBuilder out) {
        out.append("| integrations in the system | documents | deliveries | created→delivered p50 / p95 / p99 ms"
                + " | created→routing started p50 / p95 / p99 ms | routing lookup SQL p50 / p99 ms | upload errors |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (RoutingMeasurement.Result routing : routings) {
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %s / %s / %s | %s / %s / %s | %s / %s | %,d |%n",
                    routing.integrations(), routing.documents(), routing.delivered().getTotalCount(),
                    millis(routing.deliveredMillis(50)), millis(routing.deliveredMillis(95)),
                    millis(routing.deliveredMillis(99)), millis(routing.queuedMillis().get(50.0)),
                    millis(routing.queuedMillis().get(95.0)), millis(routing.queuedMillis().get(99.0)),
                    millis(routing.lookup().percentileMillis(50)),
                    millis(routing.lookup().percentileMillis(99)), routing.uploadErrors()));
        }
        if (routings.size() >= 2) {
            RoutingMeasurement.Result few = routings.get(0);
            RoutingMeasurement.Result many = routings.get(routings.size() - 1);
            out.append(String.format(Locale.ROOT, "| ratio, %,d ÷ %,d | | | %s / %s / %s | %s / %s / %s | %s / %s | |%n",
                    many.integrations(), few.integrations(),
                    ratio(many.deliveredMillis(50), few.deliveredMillis(50)),
                    ratio(many.deliveredMillis(95), few.deliveredMillis(95)),
                    ratio(many.deliveredMillis(99), few.deliveredMillis(99)),
                    ratio(many.queuedMillis().get(50.0), few.queuedMillis().get(50.0)),
                    ratio(many.queuedMillis().get(95.0), few.queuedMillis().get(95.0)),
                    ratio(many.queuedMillis().get(99.0), few.queuedMillis().get(99.0)),
                    ratio(many.lookup().percentileMillis(50), few.lookup().percentileMillis(50)),
                    ratio(many.lookup().percentileMillis(99), few.lookup().percentileMillis(99))));
        }
    }

    /** Milliseconds with the digits that matter: two decimals below 10 ms (SQL), one above. */
    static String millis(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%,.1f", millis);
    }

    private static String ratio(double value, double base) {
        return base > 0 ? String.format(Locale.ROOT, "%.2f", value / base) : "n/a";
    }
}
