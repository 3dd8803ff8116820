package io.kontor.sync.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class RolesAndOpenApiTest {

    @Test
    void aClientManagerMayNotSeeDeliveries() {
        given().auth().oauth2(TestTokens.token("p", "client-manager"))
                .get("/api/v1/deliveries/{id}", UUID.randomUUID())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void theOpenApiDocumentDescribesTheDeliveriesApi() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Kontor sync-worker"))
                .body("paths.'/api/v1/deliveries/{deliveryId}'.get.operationId", equalTo("getDelivery"));
    }
}
