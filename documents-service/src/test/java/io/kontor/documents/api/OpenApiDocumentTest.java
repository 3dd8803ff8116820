package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class OpenApiDocumentTest {

    @Test
    void theOpenApiDocumentDescribesTheClientOperationsAndTheirProblems() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Kontor documents-service"))
                .body("paths.'/api/v1/clients'.post.summary", notNullValue())
                .body("paths.'/api/v1/clients'.post.responses.'422'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/clients/{clientId}'.get.responses.'404'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/clients/{clientId}'.get.responses.'401'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/clients/import'.post.responses.'403'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/api/v1/clients/{clientId}'.get.security", notNullValue())
                .body("components.securitySchemes", notNullValue());
    }

    @Test
    void theOpenApiDocumentDescribesTheDocumentOperations() {
        String documents = "paths.'/api/v1/clients/{clientId}/documents'";
        String document = "paths.'/api/v1/clients/{clientId}/documents/{documentId}";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(documents + ".post.requestBody.content.'multipart/form-data'.schema", notNullValue())
                .body(documents + ".post.responses.'413'.content.'application/problem+json'", notNullValue())
                .body(documents + ".post.responses.'409'", notNullValue())
                .body(documents + ".get.parameters.name", hasItems("type", "issuedFrom", "issuedTo",
                        "createdFrom", "createdTo", "counterparty", "amountFrom", "amountTo", "q", "sort", "limit",
                        "cursor"))
                .body(document + "'.patch.requestBody.content.'application/merge-patch+json'", notNullValue())
                .body(document + "/revisions'.get", notNullValue())
                .body(document + "/content'.get.responses.'200'", notNullValue())
                .body(document + "/download-link'.post.responses.'201'", notNullValue())
                // The signed link is its own credential: the one operation whose security requirement is empty.
                .body("paths.'/api/v1/downloads/{token}'.get.security", equalTo(List.of(Map.of())))
                .body("paths.'/api/v1/downloads/{token}'.get.responses.'401'", nullValue())
                .body(document + "/content'.get.responses.'401'.content.'application/problem+json'", notNullValue());
    }
}
