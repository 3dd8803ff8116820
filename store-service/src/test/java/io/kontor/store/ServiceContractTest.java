package io.kontor.store;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.contracts.AccessRule;
import io.kontor.testing.contracts.AccessRule.Scope;
import io.kontor.testing.contracts.RequestBody;
import io.kontor.testing.contracts.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Every /api/v1 operation of this service against the isolation matrix (roles, other firms, bad tokens); readiness
 * covers PostgreSQL and Kafka. A partner-admin installs and configures; an accountant reads; a client-manager has no
 * business in the store.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class ServiceContractTest extends ServiceContract {

    private static final String PA = "partner-admin";
    private static final String AC = "accountant";
    private static final String INSTALLATIONS = "/api/v1/installations";
    private static final String INSTALLATION = INSTALLATIONS + "/{installationId}";

    @Override
    protected Map<String, AccessRule> accessRules() {
        return Map.of(
                "GET /api/v1/extensions", AccessRule.of(Scope.SHARED, PA, AC),
                "GET /api/v1/extensions/{extensionKey}", AccessRule.of(Scope.SHARED, PA, AC),
                "POST " + INSTALLATIONS, AccessRule.of(Scope.OWN_FIRM, PA).withBody(ids -> webhook()),
                "GET " + INSTALLATIONS, AccessRule.of(Scope.OWN_FIRM, PA, AC),
                "GET " + INSTALLATION, AccessRule.of(Scope.FIRM, PA, AC),
                "PUT " + INSTALLATION, AccessRule.of(Scope.FIRM, PA)
                        .withBody(ids -> RequestBody.json(Map.of("settings", Map.of()))),
                "DELETE " + INSTALLATION, AccessRule.of(Scope.FIRM, PA),
                "GET /api/v1/audit/{trail}", AccessRule.of(Scope.OWN_FIRM, PA),
                "GET /api/v1/audit/{trail}/verification", AccessRule.of(Scope.OWN_FIRM, PA));
    }

    @Override
    protected Map<String, String> fixture(String partnerId, String accountant) {
        String installationId = given().auth().oauth2(TestTokens.partnerAdmin(partnerId))
                .contentType(ContentType.JSON).body(Map.of("extensionKey", "generic-webhook", "settings", Map.of()))
                .post(INSTALLATIONS).then().statusCode(201).extract().path("id");
        return Map.of("installationId", installationId, "extensionKey", "generic-webhook", "trail", "store");
    }

    private static RequestBody webhook() {
        return RequestBody.json(Map.of("extensionKey", "generic-webhook", "settings", Map.of()));
    }
}
