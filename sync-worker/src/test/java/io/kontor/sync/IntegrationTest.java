package io.kontor.sync;

import io.kontor.events.documents.DocumentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery rule of DESIGN.md §5 and the taking over of snapshots, on the projection alone. */
class IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");
    private static final UUID CLIENT = UUID.randomUUID();

    private static TestIntegration source(DocumentType... types) {
        return TestIntegration.webhook("partner-a", CLIENT, T0, types);
    }

    private static Integration copyOf(TestIntegration source) {
        Integration copy = Integration.announcedBy(source.snapshot());
        copy.apply(source.snapshot(), T0);
        return copy;
    }

    @Test
    void aDocumentCreatedBeforeActivationIsNotReceivedOneCreatedAfterIs() {
        Integration integration = copyOf(source());

        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.minusNanos(1000))).isFalse();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0)).isTrue();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(3600))).isTrue();
    }

    @Test
    void aDocumentCreatedInTheGapBetweenTwoPeriodsIsNotReceived() {
        TestIntegration source = source();
        Integration integration = copyOf(source);
        integration.apply(source.deactivated(T0.plusSeconds(10), "user:anna").integration(), T0);

        assertThat(integration.apply(source.activated(T0.plusSeconds(20)).integration(), T0))
                .contains(List.of(T0.plusSeconds(20)));
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(9))).isTrue();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(10))).isFalse();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(15))).isFalse();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(20))).isTrue();
        assertThat(integration.activations()).hasSize(2);
        assertThat(integration.activations().get(0).deactivationReason()).isEqualTo("user:anna");
    }

    @Test
    void onlyTheChosenDocumentTypesAreReceivedAndNoneMeansAll() {
        Integration invoicesOnly = copyOf(source(DocumentType.SALES_INVOICE));
        Integration everything = copyOf(source());

        assertThat(invoicesOnly.receives(CLIENT, DocumentType.SALES_INVOICE, T0)).isTrue();
        assertThat(invoicesOnly.receives(CLIENT, DocumentType.PURCHASE_RECEIPT, T0)).isFalse();
        for (DocumentType type : DocumentType.values()) {
            assertThat(everything.receives(CLIENT, type, T0)).isTrue();
        }
    }

    @Test
    void anotherClientsDocumentIsNeverReceived() {
        assertThat(copyOf(source()).receives(UUID.randomUUID(), DocumentType.OTHER, T0.plusSeconds(1))).isFalse();
    }

    @Test
    void aSnapshotNoNewerThanTheCopyChangesNothing() {
        TestIntegration source = source();
        Integration integration = copyOf(source);
        var firstSnapshot = source.snapshot();
        integration.apply(source.deactivated(T0.plusSeconds(10), "user:anna").integration(), T0);

        assertThat(integration.apply(firstSnapshot, T0)).isEmpty();
        assertThat(integration.isActive()).isFalse();
        assertThat(integration.activations()).singleElement()
                .satisfies(period -> assertThat(period.deactivatedAt()).isEqualTo(T0.plusSeconds(10)));
    }

    @Test
    void aDisabledIntegrationKeepsItsReasonAndSettingsFollowTheLatestSnapshot() {
        TestIntegration source = source();
        Integration integration = copyOf(source);
        integration.apply(source.updatedUrl(T0.plusSeconds(1), "https://new.example.com").integration(), T0);
        UUID delivery = UUID.randomUUID();
        integration.apply(source.disabled(T0.plusSeconds(5), delivery).integration(), T0);

        assertThat(integration.status()).isEqualTo(IntegrationStatus.DISABLED);
        assertThat(integration.statusReason()).isEqualTo("endpoint-gone:" + delivery);
        assertThat(integration.settings().path("url").asText()).isEqualTo("https://new.example.com");
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(5))).isFalse();
    }

    @Test
    void aDeletedIntegrationReceivesNothingCreatedAfterwards() {
        TestIntegration source = source();
        Integration integration = copyOf(source);
        integration.apply(source.deleted(T0.plusSeconds(10)).integration(), T0);

        assertThat(integration.status()).isEqualTo(IntegrationStatus.DELETED);
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(5))).isTrue();
        assertThat(integration.receives(CLIENT, DocumentType.OTHER, T0.plusSeconds(10))).isFalse();
    }
}
