package io.kontor.integrations;

import io.kontor.events.documents.DocumentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");

    private static Integration newIntegration(List<DocumentType> types) {
        return Integration.create(UUID.randomUUID(), "partner-a", UUID.randomUUID(), "generic-webhook", "WEBHOOK",
                types, Map.of("url", "https://hooks.example.com"), T0, "user-anna");
    }

    @Test
    void aNewIntegrationIsActiveFromItsCreation() {
        Integration integration = newIntegration(null);

        assertThat(integration.status()).isEqualTo(IntegrationStatus.ACTIVE);
        assertThat(integration.activationPeriods()).singleElement()
                .satisfies(period -> assertThat(period.activatedAt()).isEqualTo(T0))
                .satisfies(period -> assertThat(period.isOpen()).isTrue());
        assertThat(integration.wasActiveAt(T0.minusMillis(1))).isFalse();
        assertThat(integration.wasActiveAt(T0)).isTrue();
    }

    @Test
    void deactivatingAndActivatingAgainKeepsEveryPeriodAndTheGapBetweenThem() {
        Integration integration = newIntegration(null);
        integration.deactivate(T0.plusSeconds(60), "user:user-anna");
        integration.activate(T0.plusSeconds(120), "user-bob");

        assertThat(integration.status()).isEqualTo(IntegrationStatus.ACTIVE);
        assertThat(integration.activationPeriods()).hasSize(2);
        assertThat(integration.activationPeriods().get(0).deactivatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(integration.activationPeriods().get(0).deactivationReason()).isEqualTo("user:user-anna");
        assertThat(integration.activationPeriods().get(1).activatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(integration.wasActiveAt(T0.plusSeconds(59))).isTrue();
        assertThat(integration.wasActiveAt(T0.plusSeconds(60))).isFalse();
        assertThat(integration.wasActiveAt(T0.plusSeconds(90))).isFalse();
        assertThat(integration.wasActiveAt(T0.plusSeconds(120))).isTrue();
    }

    @Test
    void deactivatingAnInactiveIntegrationIsAConflict() {
        Integration integration = newIntegration(null);
        integration.deactivate(T0.plusSeconds(1), "user:x");

        assertThatThrownBy(() -> integration.deactivate(T0.plusSeconds(2), "user:x"))
                .isInstanceOf(IntegrationAlreadyInactive.class);
        assertThat(integration.activationPeriods()).hasSize(1);
    }

    @Test
    void activatingAnActiveIntegrationIsAConflict() {
        Integration integration = newIntegration(null);

        assertThatThrownBy(() -> integration.activate(T0.plusSeconds(1), "user-anna"))
                .isInstanceOf(IntegrationAlreadyActive.class);
        assertThat(integration.activationPeriods()).hasSize(1);
    }

    @Test
    void documentTypesAreDeduplicatedInContractOrderAndEmptyMeansEveryType() {
        assertThat(newIntegration(List.of(DocumentType.OTHER, DocumentType.PURCHASE_INVOICE, DocumentType.OTHER))
                .documentTypes()).containsExactly(DocumentType.PURCHASE_INVOICE, DocumentType.OTHER);
        assertThat(newIntegration(List.of()).documentTypes()).isEmpty();
        assertThat(newIntegration(null).documentTypes()).isEmpty();
    }
}
