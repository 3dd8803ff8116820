package com.example.kontor.connector;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorOptionsTest {

    @Test
    void withOnlyATokenTheConnectorReadsEveryFirmsDocumentsOfTheLocalStack() {
        ConnectorOptions options = ConnectorOptions.parse(List.of(), Map.of("KONTOR_TOKEN", "t"));

        assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(options.documentsUrl()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(options.groupId()).isEqualTo("example-document-printer");
        assertThat(options.partnerId()).isEmpty();
    }

    @Test
    void anOptionWinsOverTheEnvironment() {
        ConnectorOptions options = ConnectorOptions.parse(
                List.of("--bootstrap-servers", "kafka:9092", "--group", "mine", "--partner", "my-firm"),
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "elsewhere:9092", "KONTOR_TOKEN", "t",
                        "KONTOR_CONNECTOR_GROUP", "theirs", "KONTOR_DOCUMENTS_URL", "https://kontor.example"));

        assertThat(options.bootstrapServers()).isEqualTo("kafka:9092");
        assertThat(options.groupId()).isEqualTo("mine");
        assertThat(options.partnerId()).contains("my-firm");
        assertThat(options.documentsUrl()).isEqualTo(URI.create("https://kontor.example"));
    }

    @Test
    void withoutATokenItDoesNotStart() {
        assertThatThrownBy(() -> ConnectorOptions.parse(List.of("--group", "mine"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KONTOR_TOKEN");
    }

    @Test
    void theTokenIsNeverPrintedWithTheOptions() {
        ConnectorOptions options = ConnectorOptions.parse(List.of("--token", "secret-jwt"), Map.of());

        assertThat(options.toString()).doesNotContain("secret-jwt");
    }
}
