package io.kontor.integrations;

import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.contracts.AccessRule;
import io.kontor.testing.contracts.AccessRule.Scope;
import io.kontor.testing.contracts.RequestBody;
import io.kontor.testing.contracts.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Every /api/v1 operation of this service against the isolation matrix (roles, other firms, unassigned accountants,
 * bad tokens); readiness covers PostgreSQL and Kafka. Integrations are the partner-admin's and, for the clients
 * assigned to them, the accountants'; a client-manager has none.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class ServiceContractTest extends ServiceContract {

    private static final String PA = "partner-admin";
    private static final String AC = "accountant";
    private static final String INTEGRATIONS = "/api/v1/clients/{clientId}/integrations";
    private static final String INTEGRATION = INTEGRATIONS + "/{integrationId}";
    private static final String OF_INSTALLATION = "/api/v1/installations/{installationId}/integrations";
    private static final Map<String, String> SETTINGS = Map.of("url", "https://hooks.example.com/kontor");

    @Override
    protected Map<String, AccessRule> accessRules() {
        return Map.ofEntries(
                Map.entry("POST " + INTEGRATIONS, AccessRule.of(Scope.CLIENT, PA, AC).withBody(ids ->
                        RequestBody.json(Map.of("installationId", ids.get("installationId"), "settings", SETTINGS)))),
                Map.entry("GET " + INTEGRATIONS, AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("GET " + INTEGRATION, AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("PUT " + INTEGRATION, AccessRule.of(Scope.CLIENT, PA, AC).withBody(ids ->
                        RequestBody.json(Map.of("settings", SETTINGS, "documentTypes", List.of("OTHER"))))),
                Map.entry("DELETE " + INTEGRATION, AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("POST " + INTEGRATION + "/deactivate", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("POST " + INTEGRATION + "/activate", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("POST " + INTEGRATION + "/rotate-secret", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("GET " + OF_INSTALLATION, AccessRule.of(Scope.FIRM, PA, AC)),
                Map.entry("POST " + OF_INSTALLATION, AccessRule.of(Scope.FIRM, PA, AC).withBody(ids ->
                        RequestBody.json(Map.of("integrations", List.of(Map.of("clientId", ids.get("clientId"),
                                "settings", SETTINGS)))))),
                Map.entry("GET /api/v1/audit/{trail}", AccessRule.of(Scope.OWN_FIRM, PA)),
                Map.entry("GET /api/v1/audit/{trail}/verification", AccessRule.of(Scope.OWN_FIRM, PA)));
    }

    /**
     * A client (assigned to the accountant) and a webhook installation, both known to their owners' doubles, and an
     * integration of the two: adding it makes this service learn both, as it would in production.
     */
    @Override
    protected Map<String, String> fixture(String partnerId, String accountant) {
        UUID clientId = OwnerDoubles.clientAtDocuments(partnerId, accountant);
        UUID installationId = OwnerDoubles.webhookAtStore(partnerId);
        String integrationId = given().auth().oauth2(TestTokens.partnerAdmin(partnerId))
                .contentType(ContentType.JSON)
                .body(Map.of("installationId", installationId, "settings", SETTINGS))
                .post("/api/v1/clients/" + clientId + "/integrations").then().statusCode(201).extract().path("id");
        return Map.of("clientId", clientId.toString(), "installationId", installationId.toString(),
                "integrationId", integrationId, "trail", "integrations");
    }
}
