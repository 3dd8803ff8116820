package io.kontor.documents;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.contracts.AccessRule;
import io.kontor.testing.contracts.AccessRule.Scope;
import io.kontor.testing.contracts.RequestBody;
import io.kontor.testing.contracts.ServiceContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Every /api/v1 operation of this service against the isolation matrix (roles, other firms, unassigned accountants,
 * bad tokens); readiness covers PostgreSQL and Kafka. Clients are the client-manager's; their documents the
 * partner-admin's and their accountants'.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class ServiceContractTest extends ServiceContract {

    private static final String PA = "partner-admin";
    private static final String AC = "accountant";
    private static final String CM = "client-manager";
    private static final String CLIENTS = "/api/v1/clients";
    private static final String CLIENT = CLIENTS + "/{clientId}";
    private static final String DOCUMENTS = CLIENT + "/documents";
    private static final String DOCUMENT = DOCUMENTS + "/{documentId}";

    @Override
    protected Map<String, AccessRule> accessRules() {
        return Map.ofEntries(
                Map.entry("POST " + CLIENTS, AccessRule.of(Scope.OWN_FIRM, PA, CM).withBody(ids -> newClient())),
                Map.entry("GET " + CLIENTS, AccessRule.of(Scope.OWN_FIRM, PA, CM, AC)),
                Map.entry("POST " + CLIENTS + "/import", AccessRule.of(Scope.OWN_FIRM, PA, CM).withBody(ids ->
                        RequestBody.of("text/csv", "name;vatNumber;country\nContract " + UUID.randomUUID()
                                + ";BE0403170701;BE\n"))),
                Map.entry("GET " + CLIENT, AccessRule.of(Scope.CLIENT, PA, CM, AC)),
                Map.entry("PUT " + CLIENT, AccessRule.of(Scope.CLIENT, PA, CM).withBody(ids -> newClient())),
                Map.entry("POST " + CLIENT + "/archive", AccessRule.of(Scope.CLIENT, PA, CM)),
                Map.entry("POST " + DOCUMENTS, AccessRule.of(Scope.CLIENT, PA, AC).withBody(ids ->
                        RequestBody.upload("contract.pdf", ("%PDF-1.4 " + UUID.randomUUID())
                                .getBytes(StandardCharsets.US_ASCII), Map.of("type", "OTHER")))),
                Map.entry("GET " + DOCUMENTS, AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("GET " + DOCUMENT, AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("PATCH " + DOCUMENT, AccessRule.of(Scope.CLIENT, PA, AC).withBody(ids ->
                        RequestBody.of("application/merge-patch+json", "{\"note\": \"checked\"}"))),
                Map.entry("GET " + DOCUMENT + "/revisions", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("GET " + DOCUMENT + "/content", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("POST " + DOCUMENT + "/download-link", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("GET " + DOCUMENT + "/statements", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("GET " + DOCUMENT + "/statements/{position}", AccessRule.of(Scope.CLIENT, PA,
                        AC)),
                Map.entry("GET " + CLIENT + "/statement-gaps", AccessRule.of(Scope.CLIENT, PA, AC)),
                Map.entry("GET /api/v1/audit/{trail}", AccessRule.of(Scope.OWN_FIRM, PA)),
                Map.entry("GET /api/v1/audit/{trail}/verification", AccessRule.of(Scope.OWN_FIRM, PA)));
    }

    /** A client assigned to the accountant, with a bank statement file: every operation has something to reach. */
    @Override
    protected Map<String, String> fixture(String partnerId, String accountant) {
        String admin = TestTokens.partnerAdmin(partnerId);
        String clientId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Contract client", "vatNumber", "BE0403170701", "country", "BE",
                        "accountantIds", List.of(accountant)))
                .post(CLIENTS).then().statusCode(201).extract().path("id");
        String documentId = given().auth().oauth2(admin)
                .multiPart("file", "statement.xml", sample("camt053.v2.minimal.xml"))
                .post(CLIENTS + "/" + clientId + "/documents").then().statusCode(201).extract().path("id");
        return Map.of("clientId", clientId, "documentId", documentId, "position", "0", "trail", "documents");
    }

    private static RequestBody newClient() {
        return RequestBody.json(Map.of("name", "Contract " + UUID.randomUUID(), "vatNumber", "BE0403170701",
                "country", "BE"));
    }

    private static byte[] sample(String name) {
        try (InputStream in = ServiceContractTest.class.getResourceAsStream("/samples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
