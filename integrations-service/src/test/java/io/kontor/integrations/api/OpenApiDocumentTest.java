package io.kontor.integrations.api;

import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class OpenApiDocumentTest {

    @Test
    void theOpenApiDocumentDescribesTheIntegrationsApi() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Kontor integrations-service"))
                .body("paths.'/api/v1/clients/{clientId}/integrations'.post.operationId", equalTo("addIntegration"))
                .body("paths.'/api/v1/clients/{clientId}/integrations'.post.responses.'503'.headers.'Retry-After'",
                        notNullValue())
                .body("paths.'/api/v1/clients/{clientId}/integrations/{integrationId}/activate'.post.responses.'503'"
                        + ".content.'application/problem+json'", notNullValue());
    }
}
