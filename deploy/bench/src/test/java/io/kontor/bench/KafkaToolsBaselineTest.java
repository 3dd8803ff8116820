package io.kontor.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaToolsBaselineTest {

    @Test
    void readsTheSummaryLineNotTheProgressLines() {
        String output = """
                123456 records sent, 24691.2 records/sec (24.11 MB/sec), 900.1 ms avg latency, 1200.0 ms max latency.
                300000 records sent, 95238.095238 records/sec (93.01 MB/sec), 245.13 ms avg latency, 612.00 ms max latency, 230 ms 50th, 480 ms 95th, 560 ms 99th, 600 ms 99.9th.
                """;

        KafkaToolsBaseline.Result result = KafkaToolsBaseline.parse(output).orElseThrow();

        assertThat(result.records()).isEqualTo(300_000);
        assertThat(result.recordsPerSecond()).isEqualTo(95238.095238);
        assertThat(result.p50Millis()).isEqualTo(230);
        assertThat(result.p99Millis()).isEqualTo(560);
        assertThat(result.describe()).isEqualTo("300,000 records: 95,238 records/s, latency avg 245.1 ms, p50 230 ms, p99 560 ms");
    }

    @Test
    void aRunThatPrintedNoSummaryHasNoResult() {
        assertThat(KafkaToolsBaseline.parse("org.apache.kafka.common.errors.TimeoutException: Topic not present")).isEmpty();
    }
}
