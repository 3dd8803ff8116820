package io.kontor.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrafanaDashboardTest {

    @Test
    void metricNamesAreReadOutOfPromqlWithoutFunctionsLabelsOrGrouping() {
        assertThat(GrafanaDashboard.metricNamesIn("histogram_quantile(0.95, sum by (le, channel) "
                + "(rate(kontor_delivery_attempt_seconds_bucket{channel=~\"WEB.*\"}[$__rate_interval])))"))
                .containsExactly("kontor_delivery_attempt_seconds_bucket");
        assertThat(GrafanaDashboard.metricNamesIn("max by (job) (a_total) / on (job) b_bytes{area=\"heap\"}"))
                .containsExactly("a_total", "b_bytes");
    }

    @Test
    void theDashboardQueriesTheDeliveryAndPlatformMetrics() {
        assertThat(GrafanaDashboard.metricNames()).contains("kontor_delivery_attempts_total",
                "kontor_delivery_attempt_seconds_bucket", "kafka_consumer_fetch_manager_records_lag_max",
                "kontor_outbox_events_unsent", "http_server_requests_seconds_count", "jvm_memory_used_bytes");
    }
}
