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

    @Test
    void a410DisablesFromTheFailureOnAndAnActivationRevivesIt() {
        Integration integration = newIntegration(null);

        assertThat(integration.disable(T0.plusSeconds(30), "endpoint-gone:d1", T0.plusSeconds(31)))
                .contains(T0.plusSeconds(30));

        assertThat(integration.status()).isEqualTo(IntegrationStatus.DISABLED);
        assertThat(integration.statusReason()).isEqualTo("endpoint-gone:d1");
        assertThat(integration.wasActiveAt(T0.plusSeconds(30))).isFalse();
        assertThat(integration.disable(T0.plusSeconds(40), "endpoint-gone:d2", T0.plusSeconds(41))).isEmpty();
        integration.activate(T0.plusSeconds(60), "user-anna");
        assertThat(integration.status()).isEqualTo(IntegrationStatus.ACTIVE);
        assertThat(integration.statusReason()).isNull();
    }

    @Test
    void a410FromBeforeTheCurrentPeriodIsOldNews() {
        Integration integration = newIntegration(null);
        integration.deactivate(T0.plusSeconds(10), "user:user-anna");
        integration.activate(T0.plusSeconds(20), "user-anna");

        assertThat(integration.disable(T0.plusSeconds(5), "endpoint-gone:d1", T0.plusSeconds(21))).isEmpty();
        assertThat(integration.status()).isEqualTo(IntegrationStatus.ACTIVE);
    }

    @Test
    void everyChangeRaisesTheRevisionAndAnUpdateNamesWhatChanged() {
        Integration integration = newIntegration(null);
        assertThat(integration.revision()).isEqualTo(1);

        assertThat(integration.update(Map.of("url", "https://hooks.example.com"), List.of(), T0.plusSeconds(1)))
                .isEmpty();
        assertThat(integration.revision()).isEqualTo(1);
        assertThat(integration.update(Map.of("url", "https://new.example.com"), List.of(DocumentType.OTHER),
                T0.plusSeconds(2))).containsExactly("settings", "documentTypes");
        integration.signingSecretsChanged(T0.plusSeconds(3));
        integration.deactivate(T0.plusSeconds(4), "user:x");

        assertThat(integration.revision()).isEqualTo(4);
        assertThat(integration.updatedAt()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void aDeletedIntegrationCannotBeUpdated() {
        Integration integration = newIntegration(null);
        integration.delete(T0.plusSeconds(1), "user-anna");

        assertThatThrownBy(() -> integration.update(Map.of(), List.of(), T0.plusSeconds(2)))
                .isInstanceOf(IntegrationIsDeleted.class);
    }
}
