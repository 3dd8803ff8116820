package io.kontor.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WrkBaselineTest {

    private static final String OUTPUT = """
            Running 20s test @ http://127.0.0.1:40123/hooks/wrk
              2 threads and 8 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   215.37us  300.12us  10.20ms   95.12%
                Req/Sec    18.52k     1.20k   21.00k    70.00%
              Latency Distribution
                 50%  180.00us
                 75%  230.00us
                 90%  300.00us
                 99%    1.20ms
              737000 requests in 20.00s, 50.61MB read
            Requests/sec:  36849.85
            Transfer/sec:      2.53MB
            """;

    @Test
    void readsTheRateAndThePercentilesInMilliseconds() {
        WrkBaseline.Result result = WrkBaseline.parse(8, OUTPUT).orElseThrow();

        assertThat(result.requestsPerSecond()).isEqualTo(36849.85);
        assertThat(result.latencyMillis().get("p50")).isCloseTo(0.18, within(1e-9));
        assertThat(result.latencyMillis().get("p99")).isCloseTo(1.2, within(1e-9));
        assertThat(WrkBaseline.describe(result)).isEqualTo("36,850 requests/s at 8 connections (p50 0.18 ms, p99 1.20 ms)");
    }

    @Test
    void outputWithoutARateIsNoResult() {
        assertThat(WrkBaseline.parse(8, "unable to connect to 127.0.0.1:1 Connection refused")).isEmpty();
    }
}
