package io.kontor.sync;

import io.kontor.events.documents.DocumentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery rule of DESIGN.md §5, on the projection alone. */
class IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");
    private static final UUID CLIENT = UUID.randomUUID();

    private static Integration integration(DocumentType... types) {
        return new Integration(UUID.randomUUID(), CLIENT, "partner-a", UUID.randomUUID(), "generic-webhook",
                "WEBHOOK", List.of(types), T0);
    }

    @Test
    void aDocumentCreatedBeforeActivationIsNotReceivedOneCreatedAfterIs() {
        Integration integration = integration();

        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.minusNanos(1000))).isFalse();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0)).isTrue();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(3600))).isTrue();
    }

    @Test
    void aDocumentCreatedInTheGapBetweenTwoPeriodsIsNotReceived() {
        Integration integration = integration();
        assertThat(integration.deactivate(T0.plusSeconds(10))).isTrue();
        assertThat(integration.activate(T0.plusSeconds(20))).isTrue();

        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(9))).isTrue();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(10))).isFalse();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(15))).isFalse();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(20))).isTrue();
        assertThat(integration.activations()).hasSize(2);
    }

    @Test
    void onlyTheChosenDocumentTypesAreReceivedAndNoneMeansAll() {
        Integration invoicesOnly = integration(DocumentType.SALES_INVOICE);
        Integration everything = integration();

        assertThat(invoicesOnly.receives(CLIENT, DocumentType.SALES_INVOICE, T0)).isTrue();
        assertThat(invoicesOnly.receives(CLIENT, DocumentType.PURCHASE_RECEIPT, T0)).isFalse();
        for (DocumentType type : DocumentType.values()) {
            assertThat(everything.receives(CLIENT, type, T0)).isTrue();
        }
    }

    @Test
    void anotherClientsDocumentIsNeverReceived() {
        assertThat(integration().receives(UUID.randomUUID(), DocumentType.OTHER, T0.plusSeconds(1))).isFalse();
    }

    @Test
    void repeatedAnnouncementsChangeNothing() {
        Integration integration = integration();

        assertThat(integration.activate(T0.plusSeconds(5))).isFalse();
        assertThat(integration.deactivate(T0.plusSeconds(10))).isTrue();
        assertThat(integration.deactivate(T0.plusSeconds(11))).isFalse();
        assertThat(integration.activations()).hasSize(1);
        assertThat(integration.activations().get(0).deactivatedAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void aDeletedIntegrationReceivesNothingCreatedAfterwardsAndCannotBeActivated() {
        Integration integration = integration();
        integration.delete(T0.plusSeconds(10));

        assertThat(integration.status()).isEqualTo(IntegrationStatus.DELETED);
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(5))).isTrue();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(10))).isFalse();
        assertThat(integration.activate(T0.plusSeconds(20))).isFalse();
    }
}
