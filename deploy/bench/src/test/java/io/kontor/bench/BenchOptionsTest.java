package io.kontor.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void ingestDefaultsToFreshStackAndThreeConcurrencyLevels() throws Exception {
        BenchOptions options = BenchOptions.parse(List.of("ingest"));

        assertThat(options.reuseStack()).isFalse();
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.concurrency()).containsExactly(8, 32, 128);
    }

    @Test
    void everyOptionCanBeSet() throws Exception {
        BenchOptions options = BenchOptions.parse(
                List.of("ingest", "--reuse-stack", "--warmup", "0s", "--duration", "3", "--concurrency", "1, 4"));

        assertThat(options.reuseStack()).isTrue();
        assertThat(options.warmup()).isZero();
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.concurrency()).containsExactly(1, 4);
    }

    @Test
    void endToEndHoldsEachRateForAMinuteUnlessToldOtherwise() throws Exception {
        assertThat(BenchOptions.parse(List.of("end-to-end")).duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(BenchOptions.parse(List.of("end-to-end", "--rates", "5,50")).rates()).containsExactly(5, 50);
    }

    @Test
    void drillsRunAllUnlessASelectionOrTheSmokeVariantIsAskedFor() throws Exception {
        assertThat(BenchOptions.parse(List.of("drills")).drills()).isEmpty();
        assertThat(BenchOptions.parse(List.of("drills", "--only", "kill-sync-worker, kafka-restart")).drills())
                .containsExactly("kill-sync-worker", "kafka-restart");
        assertThat(BenchOptions.parse(List.of("drills", "--smoke")).smoke()).isTrue();
    }

    @Test
    void anUnknownDrillIsRefusedWithTheNamesThereAre() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of("drills", "--only", "meteor")))
                .hasMessageContaining("no drill named meteor").hasMessageContaining("receiver-410");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("drills", "--smoke", "--only", "receiver-500")))
                .hasMessageContaining("in the smoke variant");
    }

    @Test
    void nonsenseIsRefusedWithWhatToType() {
        assertThatThrownBy(() -> BenchOptions.parse(List.of())).hasMessageContaining("ingest, end-to-end, scale, drills");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("chaos"))).hasMessageContaining("unknown benchmark");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("ingest", "--duration", "0s"))).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("ingest", "--concurrency", "8,x"))).hasMessageContaining("8,32,128");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("ingest", "--warmup"))).hasMessageContaining("needs a value");
    }
}
