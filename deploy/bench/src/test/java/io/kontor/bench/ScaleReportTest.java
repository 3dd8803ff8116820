package io.kontor.bench;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleReportTest {

    @Test
    void growthIsTheLargestSizesP99OverTheSmallests() throws Exception {
        ScaleReport report = new ScaleReport(BenchOptions.parse(List.of("scale")), List.of("Stack: test"));
        report.seeding(new ScaleReport.Seeding(10_000, 10_000, Duration.ofSeconds(2)));
        report.listing(new ScaleReport.Listing(10_000, "first page", result(20_000), result(2_000)));
        report.listing(new ScaleReport.Listing(1_000_000, "first page", result(30_000), result(8_000)));

        String markdown = report.render();

        assertThat(markdown).contains("- Stack: test", "| 10,000 | 10,000 | 2.0 | 5,000 |",
                "| first page | 20.0 (2.00) | 30.0 (8.00) | 1.50 | 4.00 |");
    }

    @Test
    void routingIsComparedManyIntegrationsOverFew() throws Exception {
        ScaleReport report = new ScaleReport(BenchOptions.parse(List.of("scale")), List.of());
        report.fleetSeeding(new ScaleReport.FleetSeeding(9_990, Duration.ofSeconds(120), Duration.ofSeconds(3)));
        report.routing(routing(10, 100_000, 40.0));
        report.routing(routing(10_000, 110_000, 44.0));

        String markdown = report.render();

        assertThat(markdown).contains("9,990 integrations of other firms added through the APIs in 120 s",
                "| 10 | 200 | 1 | 100.0 / 100.0 / 100.0 | 40.0 / 40.0 / 40.0 |",
                "| ratio, 10,000 ÷ 10 | | | 1.10 / 1.10 / 1.10 | 1.10 / 1.10 / 1.10 | 1.00 / 1.00 | |");
    }

    /** Every request took the same number of microseconds. */
    private static LoadRun.Result result(long micros) {
        Histogram latencies = new Histogram(60_000_000L, 3);
        latencies.recordValue(micros);
        return new LoadRun.Result(1, 1, Map.of(), Duration.ofSeconds(1), latencies);
    }

    private static RoutingMeasurement.Result routing(long integrations, long deliveredMicros, double queuedMillis) {
        Histogram delivered = new Histogram(600_000_000L, 3);
        delivered.recordValue(deliveredMicros);
        return new RoutingMeasurement.Result(integrations, 200, 0, delivered,
                Map.of(50.0, queuedMillis, 95.0, queuedMillis, 99.0, queuedMillis), result(500));
    }
}
