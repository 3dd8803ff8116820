package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static io.kontor.documents.api.DocumentApi.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentTenancyTest {

    @Test
    void anotherPartnerFindsNeitherTheClientNorItsDocumentsNorTheirContent() {
        String partnerA = newPartner();
        String clientId = createClient(partnerA);
        String document = upload(accountant(partnerA), clientId, "PURCHASE_INVOICE", "a.txt", uniqueBytes("A"))
                .then().statusCode(201).extract().header("Location");
        String partnerB = newPartner();
        String tokenB = TestTokens.partnerAdmin(partnerB);

        as(tokenB).get(documentsOf(clientId)).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/client-not-found"));
        as(tokenB).get(document).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(tokenB).get(document + "/content").then().statusCode(404)
                .contentType("application/problem+json");
        as(tokenB).get(document + "/revisions").then().statusCode(404);
        as(tokenB).post(document + "/download-link").then().statusCode(404);
        as(tokenB).contentType(ContentType.JSON).body(Map.of("note", "mine now")).patch(document)
                .then().statusCode(404);
        upload(TestTokens.partnerAdmin(partnerB), clientId, "OTHER", "b.txt", uniqueBytes("B"))
                .then().statusCode(404).contentType("application/problem+json");
        as(tokenB).get("/api/v1/clients").then().statusCode(200).body("items", empty());

        // A's view is untouched by B's attempts.
        as(accountant(partnerA)).get(document).then().statusCode(200).body("version", equalTo(1));
        as(accountant(partnerA)).get(documentsOf(clientId)).then().body("counts.OTHER", equalTo(0));
    }

    @Test
    void aDocumentIsOnlyFoundUnderItsOwnClient() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String otherClientId = createClient(partner);
        String documentId = upload(accountant(partner), clientId, "OTHER", "x.txt", uniqueBytes("x"))
                .then().statusCode(201).extract().path("id");

        as(accountant(partner)).get(documentsOf(otherClientId) + "/" + documentId).then().statusCode(404)
                .body("type", endsWith("/document-not-found"));
        given().auth().oauth2(accountant(partner)).get(documentsOf(otherClientId) + "/" + documentId + "/content")
                .then().statusCode(404);
    }

    @Test
    void everyDocumentOperationNeedsAToken() {
        String partner = newPartner();
        String clientId = createClient(partner);

        given().get(documentsOf(clientId)).then().statusCode(401).contentType("application/problem+json");
        given().multiPart("file", "a.txt", uniqueBytes("a")).multiPart("type", "OTHER")
                .post(documentsOf(clientId)).then().statusCode(401);
        given().auth().oauth2(TestTokens.expired(partner, "accountant")).get(documentsOf(clientId))
                .then().statusCode(401);
    }
}
