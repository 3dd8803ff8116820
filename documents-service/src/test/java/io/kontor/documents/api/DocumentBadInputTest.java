package io.kontor.documents.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.kontor.documents.api.DocumentApi.accountant;
import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static io.kontor.documents.api.DocumentApi.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DocumentBadInputTest {

    private static final String FIVE = "PURCHASE_INVOICE, SALES_INVOICE, PURCHASE_RECEIPT, MOVEMENT_REPORT, OTHER";

    @Test
    void anEmptyFileIsRefused() {
        String partner = newPartner();
        String clientId = createClient(partner);

        problem(upload(accountant(partner), clientId, "OTHER", "empty.pdf", new byte[0]).then(), 400, "empty-file");
        assertNothingStored(partner, clientId);
    }

    @Test
    void anUnknownTypeIsRefusedListingTheFiveAndAMissingOneWhenTheFileDecidesNone() {
        String partner = newPartner();
        String clientId = createClient(partner);

        problem(upload(accountant(partner), clientId, "INVOICE", "a.txt", uniqueBytes("a")).then(), 400,
                "invalid-parameters")
                .body("errors.field", hasItem("type"))
                .body("detail", containsString(FIVE));
        problem(upload(accountant(partner), clientId, null, "a.txt", uniqueBytes("a")).then(), 422,
                "type-required")
                .body("errors.field", hasItem("type"))
                .body("detail", containsString(FIVE));
        assertNothingStored(partner, clientId);
    }

    @Test
    void aRequestWithoutAFilePartIsRefused() {
        String partner = newPartner();
        String clientId = createClient(partner);

        problem(as(accountant(partner)).multiPart("type", "OTHER").post(documentsOf(clientId)).then(), 400,
                "invalid-parameters")
                .body("errors.field", hasItem("file"));
    }

    @Test
    void aFileAboveTheLimitIsRefusedWith413() {
        String partner = newPartner();
        String clientId = createClient(partner);

        // Just above the 25 MiB document limit. (Far larger bodies are cut off by the HTTP layer before they are
        // read, with the payload-too-large problem that kontor-problem-details tests.)
        problem(upload(accountant(partner), clientId, "OTHER", "big.bin", new byte[25 * 1024 * 1024 + 1]).then(),
                413, "file-too-large")
                .body("detail", containsString("26214400"));
        assertNothingStored(partner, clientId);
    }

    @Test
    void anArchivedClientReceivesNoDocumentsAndItsDocumentsCannotBeEdited() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String document = upload(accountant(partner), clientId, "OTHER", "kept.txt", uniqueBytes("kept"))
                .then().statusCode(201).extract().header("Location");
        as(TestTokens.partnerAdmin(partner)).post("/api/v1/clients/" + clientId + "/archive")
                .then().statusCode(200);

        problem(upload(accountant(partner), clientId, "OTHER", "late.txt", uniqueBytes("late")).then(), 409,
                "client-archived");
        problem(as(accountant(partner)).contentType(ContentType.JSON).body(Map.of("note", "x")).patch(document)
                .then(), 409, "client-archived");
        // Still readable.
        given().auth().oauth2(accountant(partner)).get(document + "/content").then().statusCode(200);
    }

    @Test
    void invalidMetadataIsRefusedNamingEveryField() {
        String partner = newPartner();
        String clientId = createClient(partner);

        problem(upload(accountant(partner), clientId, "PURCHASE_INVOICE", "a.txt", uniqueBytes("a"),
                Map.of("issueDate", "14.01.2026", "grossAmount", "1.234,56", "currency", "EURO",
                        "counterpartyVat", "12", "dueDate", "2026-01-01")).then(), 422, "validation-failed")
                .body("errors.field", containsInAnyOrder("issueDate", "grossAmount", "currency",
                        "counterpartyVat"));
        problem(upload(accountant(partner), clientId, "PURCHASE_INVOICE", "a.txt", uniqueBytes("a"),
                Map.of("issueDate", "2026-02-01", "dueDate", "2026-01-01")).then(), 422, "validation-failed")
                .body("errors.field", containsInAnyOrder("dueDate"));
        assertNothingStored(partner, clientId);
    }

    @Test
    void valuesTheDatabaseCannotStoreAreRefusedBeforeTheyReachIt() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String document = upload(accountant(partner), clientId, "OTHER", "a.txt", uniqueBytes("a"))
                .then().statusCode(201).extract().header("Location");

        problem(upload(accountant(partner), clientId, "OTHER", "b.txt", uniqueBytes("b"),
                Map.of("issueDate", "+10000000-01-01", "grossAmount", "1E+2147483647")).then(), 422,
                "validation-failed")
                .body("errors.field", containsInAnyOrder("issueDate", "grossAmount"));
        problem(as(accountant(partner)).contentType(ContentType.JSON).body("{\"grossAmount\": 1e1000000}")
                .patch(document).then(), 422, "validation-failed")
                .body("errors.field", containsInAnyOrder("grossAmount"));
        problem(as(accountant(partner)).contentType(ContentType.JSON).body("{\"note\": \"a\\u0000b\"}")
                .patch(document).then(), 422, "validation-failed")
                .body("errors.field", containsInAnyOrder("note"));
        problem(as(accountant(partner)).queryParam("createdFrom", "+300000-01-01T00:00:00Z")
                .queryParam("q", "a\0b").get(documentsOf(clientId)).then(), 400, "invalid-parameters")
                .body("errors.field", containsInAnyOrder("createdFrom", "q"));
        problem(as(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body("{\"name\": \"x\\u0000y\", \"vatNumber\": \"BE0123456749\", \"country\": \"BE\"}")
                .post("/api/v1/clients").then(), 400, "malformed-request");
        as(accountant(partner)).get(document).then().body("version", equalTo(1));
    }

    @Test
    void invalidEditsAreRefusedAndChangeNothing() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String document = upload(accountant(partner), clientId, "OTHER", "a.txt", uniqueBytes("a"))
                .then().statusCode(201).extract().header("Location");

        problem(as(accountant(partner)).contentType(ContentType.JSON)
                .body(Map.of("grossAmount", "lots", "colour", "red")).patch(document).then(), 422,
                "validation-failed")
                .body("errors.field", containsInAnyOrder("grossAmount", "colour"));
        problem(as(accountant(partner)).contentType(ContentType.JSON).body("[1, 2]").patch(document).then(), 422,
                "validation-failed");
        problem(as(accountant(partner)).contentType(ContentType.JSON).body("{\"note\": ").patch(document).then(),
                400, "malformed-request");
        as(accountant(partner)).get(document).then().body("version", equalTo(1));
    }

    @Test
    void unreadableListParametersAreRefusedNamingEachOne() {
        String partner = newPartner();
        String clientId = createClient(partner);

        problem(as(accountant(partner)).queryParam("type", "RECEIPTS").queryParam("issuedFrom", "yesterday")
                .queryParam("amountTo", "much").queryParam("sort", "size").queryParam("limit", "ten")
                .get(documentsOf(clientId)).then(), 400, "invalid-parameters")
                .body("errors.field", containsInAnyOrder("type", "issuedFrom", "amountTo", "sort", "limit"))
                .body("detail", containsString(FIVE))
                .body("detail", containsString("-createdAt"));
        problem(as(accountant(partner)).queryParam("limit", 0).get(documentsOf(clientId)).then(), 422,
                "validation-failed");
        problem(as(accountant(partner)).queryParam("cursor", "not-a-cursor").get(documentsOf(clientId)).then(),
                400, "invalid-cursor");
    }

    @Test
    void aCursorCannotContinueAListSortedAnotherWay() {
        String partner = newPartner();
        String clientId = createClient(partner);
        upload(accountant(partner), clientId, "OTHER", "1.txt", uniqueBytes("1")).then().statusCode(201);
        upload(accountant(partner), clientId, "OTHER", "2.txt", uniqueBytes("2")).then().statusCode(201);
        String cursor = as(accountant(partner)).queryParam("limit", 1).get(documentsOf(clientId))
                .then().statusCode(200).extract().path("nextCursor");

        problem(as(accountant(partner)).queryParam("limit", 1).queryParam("sort", "issueDate")
                .queryParam("cursor", cursor).get(documentsOf(clientId)).then(), 400, "cursor-sort-mismatch");
    }

    @Test
    void downloadLinkLifetimesOutOfRangeAreRefused() {
        String partner = newPartner();
        String clientId = createClient(partner);
        String document = upload(accountant(partner), clientId, "OTHER", "a.txt", uniqueBytes("a"))
                .then().statusCode(201).extract().header("Location");

        problem(as(accountant(partner)).queryParam("ttlSeconds", 0).post(document + "/download-link").then(), 422,
                "validation-failed");
        problem(as(accountant(partner)).queryParam("ttlSeconds", 8 * 24 * 3600).post(document + "/download-link")
                .then(), 422, "validation-failed");
        problem(as(accountant(partner)).queryParam("ttlSeconds", "soon").post(document + "/download-link")
                .then(), 400, "invalid-parameters");
        problem(given().get("/api/v1/downloads/garbage").then(), 403, "invalid-download-link");
    }

    @Test
    void unknownIdsAreNotFound() {
        String partner = newPartner();
        String clientId = createClient(partner);

        problem(as(accountant(partner)).get(documentsOf(UUID.randomUUID().toString())).then(), 404,
                "client-not-found");
        problem(as(accountant(partner)).get(documentsOf(clientId) + "/" + UUID.randomUUID()).then(), 404,
                "document-not-found");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", endsWith("/" + slug))
                .body("detail", not(containsString("Exception")));
    }

    private static void assertNothingStored(String partner, String clientId) {
        as(accountant(partner)).get(documentsOf(clientId)).then().statusCode(200)
                .body("counts.values().sum()", equalTo(0));
    }
}
