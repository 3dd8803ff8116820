package io.kontor.sync.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class SecurityAndHealthTest {

    @Test
    void aRequestWithoutATokenIsUnauthorizedProblemJson() {
        for (String path : new String[] {"/api/v1/integrations/" + UUID.randomUUID() + "/deliveries",
                "/api/v1/deliveries/" + UUID.randomUUID(),
                "/api/v1/clients/" + UUID.randomUUID() + "/documents/" + UUID.randomUUID() + "/deliveries"}) {
            given().get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("https://kontor.dev/problems/unauthorized"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void aForgedOrExpiredTokenIsUnauthorized() {
        for (String token : new String[] {TestTokens.wrongSignature("p", "partner-admin"),
                TestTokens.expired("p", "partner-admin")}) {
            given().auth().oauth2(token).get("/api/v1/deliveries/{id}", UUID.randomUUID())
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void aClientManagerMayNotSeeDeliveries() {
        given().auth().oauth2(TestTokens.token("p", "client-manager"))
                .get("/api/v1/deliveries/{id}", UUID.randomUUID())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void readinessChecksTheDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void theOpenApiDocumentDescribesTheDeliveriesApi() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Kontor sync-worker"))
                .body("paths.'/api/v1/deliveries/{deliveryId}'.get.operationId", equalTo("getDelivery"));
    }
}
