package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class HealthAndOpenApiTest {

    @Test
    void readinessReportsThePostgresAndKafkaConnections() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.findAll { it.status != 'UP' }.size()", equalTo(0));
    }

    @Test
    void theOpenApiDocumentDescribesTheClientOperationsAndTheirProblems() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Kontor documents-service"))
                .body("paths.'/api/v1/clients'.post.summary", notNullValue())
                .body("paths.'/api/v1/clients'.post.responses.'422'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/clients/{clientId}'.get.responses.'404'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/clients/{clientId}'.get.responses.'401'", notNullValue())
                .body("paths.'/api/v1/clients/{clientId}'.get.security", notNullValue())
                .body("components.securitySchemes", notNullValue());
    }
}
