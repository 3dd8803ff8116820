package io.kontor.sync.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.documents.DocumentType;
import io.kontor.sync.RoutingOnly;
import io.kontor.sync.TestIntegration;
import io.kontor.sync.delivery.DocumentsDouble;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.fuzz.DatabaseState;
import io.kontor.testing.fuzz.FuzzTarget;
import io.kontor.testing.fuzz.InputFuzzer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.kontor.sync.api.SyncEvents.TIMEOUT;
import static io.kontor.sync.api.SyncEvents.knownIntegration;
import static io.kontor.sync.api.SyncEvents.partner;
import static io.kontor.sync.api.SyncEvents.publishDocument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Malformed and hostile input at every write operation (docs/security.md, issue 9 point 7): never a 5xx, every 4xx a
 * problem, and a refused request changes none of the firm's deliveries, events or audit entries. Attempts are off,
 * so that only the requests change deliveries.
 */
@QuarkusTest
@TestProfile(RoutingOnly.class)
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(DocumentsDouble.class)
class HostileInputTest {

    private static final long MAX_BODY = 1024 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hostileInputIsRefusedCleanlyAndChangesNothing() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = UUID.randomUUID();
        Instant activatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestIntegration integration = knownIntegration(partner, clientId, activatedAt);
        DocumentsDouble.has(clientId, DocumentType.PURCHASE_INVOICE, activatedAt.minus(Duration.ofDays(2)));
        publishDocument(partner, clientId, DocumentType.OTHER, activatedAt.plusSeconds(1));
        String delivery = await().atMost(TIMEOUT).until(() -> given().auth().oauth2(admin)
                .get("/api/v1/integrations/{id}/deliveries", integration.id())
                .then().extract().<String>path("items[0].id"), id -> id != null);
        DatabaseState state = DatabaseState.of(dataSource)
                .rows("deliveries", "select * from delivery where partner_id = ?", partner)
                .rows("attempts", "select a.* from delivery_attempt a join delivery d on d.id = a.delivery_id "
                        + "where d.partner_id = ?", partner)
                .rows("events", "select event_id from outbox_event where payload like ?", "%" + partner + "%")
                .rows("audit", "select seq, action, subject from audit_entry where partner_id = ?", partner);
        List<FuzzTarget> targets = List.of(
                FuzzTarget.json("POST", "/api/v1/integrations/{integrationId}/backfill", """
                                {"from": "%s", "to": "%s", "documentTypes": ["PURCHASE_INVOICE"], "dryRun": true}"""
                                .formatted(activatedAt.minus(Duration.ofDays(30)), activatedAt))
                        .with("integrationId", integration.id()),
                FuzzTarget.noBody("POST", "/api/v1/deliveries/{deliveryId}/retry").with("deliveryId", delivery),
                FuzzTarget.noBody("POST", "/api/v1/integrations/{integrationId}/retry-failed")
                        .with("integrationId", integration.id()));
        targets.forEach(target -> target.as(admin).state(state));
        assertThat(InputFuzzer.against(RestAssured.port, MAX_BODY).fuzzEveryWriteOperation(targets, targets.get(0)))
                .isGreaterThan(250);
    }
}
