package io.kontor.integrations.api;

import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class OpenApiDocumentTest {

    @Test
    void theOpenApiDocumentDescribesTheIntegrationsApi() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Kontor integrations-service"))
                .body("paths.'/api/v1/clients/{clientId}/integrations'.post.operationId", equalTo("addIntegration"));
    }
}
