package io.kontor.bench;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSeedingTest {

    @Test
    void growingSeedsOnlyTheMissingSerialsInBatches() {
        assertThat(DocumentSeeding.batches(10_000, 100_000, 40_000)).containsExactly(
                new DocumentSeeding.Batch(10_001, 50_000), new DocumentSeeding.Batch(50_001, 90_000),
                new DocumentSeeding.Batch(90_001, 100_000));
    }

    @Test
    void aClientThatIsBigEnoughGetsNothing() {
        assertThat(DocumentSeeding.batches(100_000, 100_000, 40_000)).isEmpty();
        assertThat(DocumentSeeding.batches(100_001, 100_000, 40_000)).isEmpty();
    }

    @Test
    void theMiddleHalvesTheTwoYearsEndingAtTheStartOfToday() {
        DocumentSeeding seeding = new DocumentSeeding("firm", UUID.randomUUID(), Instant.parse("2026-11-27T11:41:00Z"));

        assertThat(seeding.middle()).isEqualTo(Instant.parse("2025-11-27T00:00:00Z"));
    }
}
