package io.kontor.sync;

import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.sync.delivery.DocumentsDouble;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.kontor.testing.contracts.AccessRule;
import io.kontor.testing.contracts.AccessRule.Scope;
import io.kontor.testing.contracts.RequestBody;
import io.kontor.testing.contracts.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Every /api/v1 operation of this service against the isolation matrix (roles, other firms, unassigned accountants,
 * bad tokens); readiness covers PostgreSQL and Kafka. Deliveries are the partner-admin's and, for the clients
 * assigned to them ({@code kontor.clients}), the accountants'; a client-manager has none.
 */
@QuarkusTest
@TestProfile(RoutingOnly.class)
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(DocumentsDouble.class)
class ServiceContractTest extends ServiceContract {

    private static final String PA = "partner-admin";
    private static final String AC = "accountant";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    protected Map<String, AccessRule> accessRules() {
        return Map.of(
                "GET /api/v1/integrations/{integrationId}/deliveries", AccessRule.of(Scope.CLIENT, PA, AC),
                "GET /api/v1/clients/{clientId}/documents/{documentId}/deliveries",
                AccessRule.of(Scope.CLIENT, PA, AC),
                "GET /api/v1/deliveries/{deliveryId}", AccessRule.of(Scope.CLIENT, PA, AC),
                "POST /api/v1/deliveries/{deliveryId}/retry", AccessRule.of(Scope.CLIENT, PA, AC),
                "POST /api/v1/integrations/{integrationId}/retry-failed", AccessRule.of(Scope.CLIENT, PA, AC),
                "POST /api/v1/integrations/{integrationId}/backfill", AccessRule.of(Scope.CLIENT, PA, AC)
                        .withBody(ids -> RequestBody.json(Map.of("from", "2020-01-01T00:00:00Z",
                                "to", "2100-01-01T00:00:00Z", "dryRun", true))),
                "GET /api/v1/audit/{trail}", AccessRule.of(Scope.OWN_FIRM, PA),
                "GET /api/v1/audit/{trail}/verification", AccessRule.of(Scope.OWN_FIRM, PA));
    }

    /**
     * A client assigned to the accountant, an integration of it and a document routed to it, as the events of
     * documents-service and integrations-service bring them; ready once the accountant sees the delivery.
     */
    @Override
    protected Map<String, String> fixture(String partnerId, String accountant) {
        UUID clientId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestEvents.publish(EventTypes.CLIENT_CREATED, clientId.toString(), new ClientCreated(clientId, partnerId,
                "Contract client", "BE0403170701", null, "BE", null, List.of(accountant), now));
        DocumentsDouble.hasClient(clientId);
        TestIntegration integration = TestIntegration.webhook(partnerId, clientId, now.minusSeconds(1));
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, clientId.toString(), integration.created());
        DocumentCreated document = new DocumentCreated(UUID.randomUUID(), clientId, partnerId, DocumentType.OTHER,
                "contract.pdf", "application/pdf", 8, "ab".repeat(32), now, null, 1, null);
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, clientId.toString(), document);
        String path = "/api/v1/clients/" + clientId + "/documents/" + document.documentId() + "/deliveries";
        JsonPath deliveries = await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(
                () -> given().auth().oauth2(TestTokens.tokenForUser(partnerId, accountant, AC)).get(path)
                        .then().extract().jsonPath(),
                json -> json.getList("items") != null && json.getList("items").size() == 1);
        return Map.of("clientId", clientId.toString(), "documentId", document.documentId().toString(),
                "integrationId", integration.id().toString(), "deliveryId", deliveries.getString("items[0].id"),
                "trail", "deliveries");
    }
}
