package io.kontor.local;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackOptionsTest {

    @Test
    void defaultsAreTheDocumentedFixedPorts() throws UsageException {
        StackOptions options = StackOptions.parse(List.of(), Map.of());

        assertThat(options.fresh()).isFalse();
        assertThat(options.infraOnly()).isFalse();
        assertThat(options.port(StackOptions.POSTGRES)).isEqualTo(15432);
        assertThat(options.port(StackOptions.KAFKA)).isEqualTo(9092);
        assertThat(ServiceSpec.ALL.stream().map(options::port)).containsExactly(8081, 8082, 8083, 8084);
    }

    @Test
    void aFlagOverridesTheEnvironmentWhichOverridesTheDefault() throws UsageException {
        StackOptions options = StackOptions.parse(
                List.of("--fresh", "--kafka-port", "19092", "--sync-worker-port", "18084"),
                Map.of("KONTOR_LOCAL_KAFKA_PORT", "29092", "KONTOR_LOCAL_POSTGRES_PORT", "25432"));

        assertThat(options.fresh()).isTrue();
        assertThat(options.port(StackOptions.KAFKA)).isEqualTo(19092);
        assertThat(options.port(StackOptions.POSTGRES)).isEqualTo(25432);
        assertThat(options.port(ServiceSpec.SYNC_WORKER)).isEqualTo(18084);
    }

    @Test
    void serviceJavaOptionsComeFromTheEnvironmentSplitOnWhitespace() throws UsageException {
        assertThat(StackOptions.parse(List.of(), Map.of()).serviceJavaOptions()).isEmpty();
        assertThat(StackOptions.parse(List.of(), Map.of(StackOptions.SERVICE_JAVA_OPTS,
                " -XX:TieredStopAtLevel=4  -Xmx1g ")).serviceJavaOptions())
                .containsExactly("-XX:TieredStopAtLevel=4", "-Xmx1g");
    }

    @Test
    void unknownOptionsAndBadPortsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> StackOptions.parse(List.of("--frsh"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--frsh");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--store-port", "80a"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("not a port number");
        assertThatThrownBy(() -> StackOptions.parse(List.of("--store-port"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a port number");
        assertThatThrownBy(() -> StackOptions.parse(List.of(), Map.of("KONTOR_LOCAL_KAFKA_PORT", "70000")))
                .isInstanceOf(UsageException.class).hasMessageContaining("KONTOR_LOCAL_KAFKA_PORT");
    }

    @Test
    void usageListsEveryPortWithItsFlagAndVariable() {
        assertThat(StackOptions.usage())
                .contains("--postgres-port", "KONTOR_LOCAL_POSTGRES_PORT", "15432")
                .contains("--documents-port", "KONTOR_LOCAL_DOCUMENTS_PORT", "8081")
                .contains("--sync-worker-port", "KONTOR_LOCAL_SYNC_WORKER_PORT", "8084");
    }
}
