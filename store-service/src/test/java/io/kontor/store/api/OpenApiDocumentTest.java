package io.kontor.store.api;

import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class OpenApiDocumentTest {

    @Test
    void theOpenApiDocumentDescribesTheOperationsAndTheirProblems() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Kontor store-service"))
                .body("paths.'/api/v1/extensions'.get.summary", notNullValue())
                .body("paths.'/api/v1/extensions/{extensionKey}'.get.responses.'404'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/installations'.post.responses.'409'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/installations'.post.responses.'422'", notNullValue())
                .body("paths.'/api/v1/installations/{installationId}'.delete.responses.'403'", notNullValue())
                .body("paths.'/api/v1/installations/{installationId}'.delete.security", notNullValue())
                .body("components.securitySchemes", notNullValue());
    }
}
