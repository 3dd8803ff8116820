package io.kontor.bench;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryAuditTest {

    private static final Instant ACTIVATED = Instant.parse("2026-11-27T10:00:00Z");
    private static final Instant BEFORE = ACTIVATED.minusSeconds(60);
    private static final Instant AFTER = ACTIVATED.plusSeconds(60);

    private final List<WebhookSink.Reception> receptions = new ArrayList<>();

    @Test
    void passesWhenEveryOwedPairArrivedOnce() {
        receive("d1", "a", "w1", true);
        receive("d1", "b", "w2", true);

        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(client(Map.of("d1", AFTER), open("a"), open("b"))), receptions);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.owedPairs()).isEqualTo(2);
        assertThat(verdict.deliveredPairs()).isEqualTo(2);
        assertThat(verdict.duplicates()).isZero();
    }

    @Test
    void aPairOnlyRefusedByTheReceiverIsMissing() {
        receive("d1", "a", "w1", false);

        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(client(Map.of("d1", AFTER), open("a"))), receptions);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.missingPairs()).isEqualTo(1);
    }

    @Test
    void copiesOfAPairAreDuplicatesAndPassWhenTheyShareTheWebhookId() {
        receive("d1", "a", "w1", true);
        receive("d1", "a", "w1", true);
        receive("d1", "a", "w1", true);

        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(client(Map.of("d1", AFTER), open("a"))), receptions);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.duplicates()).isEqualTo(2);
    }

    @Test
    void aCopyUnderAnotherWebhookIdFails() {
        receive("d1", "a", "w1", false);
        receive("d1", "a", "w2", true);

        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(client(Map.of("d1", AFTER), open("a"))), receptions);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.pairsWithSeveralWebhookIds()).isEqualTo(1);
    }

    @Test
    void aDocumentStoredBeforeTheFirstActivationMustNeverArrive() {
        receive("old", "a", "w1", true);

        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(client(Map.of("old", BEFORE), open("a"))), receptions);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.owedPairs()).isZero();
        assertThat(verdict.preActivationDeliveries()).isEqualTo(1);
    }

    @Test
    void aDocumentStoredWhileTheIntegrationWasDisabledIsNotOwedAndItsArrivalIsOnlyCounted() {
        Instant disabled = AFTER;
        Instant reactivated = AFTER.plusSeconds(60);
        DeliveryAudit.AuditedIntegration integration = new DeliveryAudit.AuditedIntegration("a", List.of(
                new DeliveryAudit.Period(ACTIVATED, disabled), new DeliveryAudit.Period(reactivated, null)));
        receive("gap", "a", "w1", true);

        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(new DeliveryAudit.AuditedClient(
                Map.of("gap", disabled.plusSeconds(1), "late", reactivated.plusSeconds(1)), List.of(integration))),
                receptions);

        assertThat(verdict.owedPairs()).isEqualTo(1);
        assertThat(verdict.missingPairs()).isEqualTo(1);
        assertThat(verdict.deliveriesOutsidePeriods()).isEqualTo(1);
        assertThat(verdict.preActivationDeliveries()).isZero();
    }

    @Test
    void anArrivalForADocumentNobodyListedFails() {
        receive("stranger", "a", "w1", true);

        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(client(Map.of(), open("a"))), receptions);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.receptionsOfUnknownPairs()).isEqualTo(1);
    }

    @Test
    void theDocumentStoredAtTheActivationInstantIsOwed() {
        DeliveryAudit.Verdict verdict = DeliveryAudit.of(List.of(client(Map.of("d1", ACTIVATED), open("a"))), receptions);

        assertThat(verdict.owedPairs()).isEqualTo(1);
    }

    private static DeliveryAudit.AuditedIntegration open(String hook) {
        return new DeliveryAudit.AuditedIntegration(hook, List.of(new DeliveryAudit.Period(ACTIVATED, null)));
    }

    private static DeliveryAudit.AuditedClient client(Map<String, Instant> documents,
                                                      DeliveryAudit.AuditedIntegration... integrations) {
        return new DeliveryAudit.AuditedClient(documents, List.of(integrations));
    }

    private void receive(String documentId, String hook, String webhookId, boolean accepted) {
        receptions.add(new WebhookSink.Reception(hook, webhookId, documentId, AFTER, Instant.now(), accepted));
    }
}
