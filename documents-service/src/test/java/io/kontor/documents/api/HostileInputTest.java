package io.kontor.documents.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.fuzz.DatabaseState;
import io.kontor.testing.fuzz.FuzzTarget;
import io.kontor.testing.fuzz.InputFuzzer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.documentsOf;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static io.kontor.documents.api.DocumentApi.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile input at every write operation and at the lists' query parameters (docs/security.md, issue 9
 * point 7): never a 5xx, every 4xx a problem, and a refused request changes none of the firm's clients, documents,
 * events or audit entries. Uploads with hostile file names may be stored; their downloads must carry a safe name.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class HostileInputTest {

    private static final long MAX_BODY = 26L * 1024 * 1024;
    private static final String CLIENT = """
            {"name": "Bakkerij De Vries BV", "vatNumber": "NL123456789B01", "companyNumber": "12345678",
             "country": "NL", "externalReference": "CRM-0042", "accountantIds": ["user-anna"]}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hostileInputIsRefusedCleanlyAndChangesNothing() {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        String clientId = createClient(partner);
        String document = upload(admin, clientId, "OTHER", "a.txt", uniqueBytes("a")).then().statusCode(201)
                .extract().path("id");
        DatabaseState state = DatabaseState.of(dataSource)
                .rows("clients", "select * from client where partner_id = ?", partner)
                .rows("documents", "select * from document where partner_id = ?", partner)
                .rows("revisions", "select r.* from document_revision r join document d on d.id = r.document_id "
                        + "where d.partner_id = ?", partner)
                .rows("events", "select event_id from outbox_event where payload like ?", "%" + partner + "%")
                .rows("audit", "select seq, action, subject from audit_entry where partner_id = ?", partner);
        String documents = "/api/v1/clients/{clientId}/documents";
        List<FuzzTarget> targets = List.of(
                FuzzTarget.json("POST", "/api/v1/clients", CLIENT),
                FuzzTarget.json("PUT", "/api/v1/clients/{clientId}", CLIENT).with("clientId", clientId),
                FuzzTarget.noBody("POST", "/api/v1/clients/{clientId}/archive")
                        .with("clientId", createClient(partner)),
                FuzzTarget.text("POST", "/api/v1/clients/import", "text/csv",
                        "name,vatNumber,country\nBakkerij Jansen BV,NL123456789B01,NL\n").query("dryRun"),
                FuzzTarget.multipart(documents, "file", "invoice.pdf", "%PDF-1.7 hostile".getBytes(
                                StandardCharsets.UTF_8), Map.of("type", "PURCHASE_INVOICE", "documentNumber", "INV-1",
                                "issueDate", "2026-01-31", "grossAmount", "121.00", "note", "from the fuzzer"))
                        .with("clientId", clientId).query("allowDuplicate"),
                FuzzTarget.json("PATCH", documents + "/{documentId}", """
                                {"note": "checked", "documentNumber": "INV-2", "grossAmount": "121.00",
                                 "issueDate": "2026-01-31"}""")
                        .with("clientId", clientId).with("documentId", document),
                FuzzTarget.noBody("POST", documents + "/{documentId}/download-link")
                        .with("clientId", clientId).with("documentId", document).query("ttlSeconds"),
                FuzzTarget.noBody("GET", "/api/v1/clients").query("q", "archived", "limit", "cursor"),
                FuzzTarget.noBody("GET", documents).with("clientId", clientId).query("type", "issuedFrom",
                        "createdTo", "counterparty", "amountFrom", "q", "sort", "limit", "cursor"));
        targets.forEach(target -> target.as(admin).state(state));
        assertThat(InputFuzzer.against(RestAssured.port, MAX_BODY).fuzzEveryWriteOperation(targets, targets.get(4), targets.get(0)))
                .isGreaterThan(1000);
        assertEveryDownloadNameIsSafe(admin, clientId);
    }

    /** Whatever name an upload came with, the download's Content-Disposition holds no path and no line break. */
    private static void assertEveryDownloadNameIsSafe(String admin, String clientId) {
        List<String> ids = as(admin).queryParam("limit", 200).get(documentsOf(clientId)).then().statusCode(200)
                .extract().path("items.id");
        assertThat(ids).hasSizeGreaterThan(10);
        for (String id : ids) {
            String disposition = as(admin).get(documentsOf(clientId) + "/" + id + "/content").then().statusCode(200)
                    .extract().header("Content-Disposition");
            assertThat(disposition).as("download name of document %s", id)
                    .startsWith("attachment").doesNotContain("/", "\\", "\r", "\n", "\0");
        }
    }
}
