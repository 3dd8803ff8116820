package io.kontor.documents.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.kontor.documents.api.DocumentApi.as;
import static io.kontor.documents.api.DocumentApi.createClient;
import static io.kontor.documents.api.DocumentApi.newPartner;
import static io.kontor.documents.api.DocumentApi.upload;
import static io.kontor.documents.api.DocumentApi.uniqueBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * The audit trail of documents-service: who uploaded, edited, downloaded, linked, with the request id; per firm and
 * per client; append-only in the database; hash-chained so that an entry changed behind the service's back shows.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class AuditTrailTest {

    private static final String TRAIL = "/api/v1/audit/documents";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void uploadsEditsAndDownloadsAreOnTheTrailWithWhoAndWhichRequest() {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        String clientId = createClient(partner);
        String document = upload(DocumentApi.accountant(partner), clientId, "OTHER", "note.pdf",
                uniqueBytes("%PDF-1.4 audited")).then().statusCode(201).extract().header("Location");
        as(admin).header("X-Request-Id", "req-edit-1").contentType(ContentType.JSON)
                .body(Map.of("note", "checked")).patch(document).then().statusCode(200)
                .header("X-Request-Id", "req-edit-1");
        as(admin).get(document + "/content").then().statusCode(200);
        String link = as(admin).post(document + "/download-link").then().statusCode(201).extract().path("url");
        io.restassured.RestAssured.given().get(link).then().statusCode(200);

        JsonPath trail = as(admin).get(TRAIL).then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("items.action", String.class)).containsExactly("client.created",
                "document.uploaded", "document.revised", "document.original-downloaded",
                "document.download-link-created", "document.original-downloaded");
        assertThat(trail.getList("items.actor", String.class)).containsExactly("user-of-" + partner, "user-anna",
                "user-of-" + partner, "user-of-" + partner, "user-of-" + partner, "download-link");
        assertThat(trail.getList("items.seq", Long.class)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(trail.getString("items[2].requestId")).isEqualTo("req-edit-1");
        assertThat(trail.getList("items[2].details.changedFields", String.class)).containsExactly("note");
        assertThat(trail.getString("items[1].subject")).startsWith("clients/" + clientId + "/documents/");
        assertThat(trail.getString("items[1].prevHash")).isEqualTo(trail.getString("items[0].hash"));

        as(admin).queryParam("clientId", createClient(partner)).get(TRAIL).then().statusCode(200)
                .body("items.action", equalTo(List.of("client.created")));
        as(admin).get(TRAIL + "/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("verifiedEntries", equalTo(7));
        // Another firm's trail is its own: empty.
        as(TestTokens.partnerAdmin(newPartner())).get(TRAIL).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() throws SQLException {
        String partner = newPartner();
        createClient(partner);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update audit_entry set actor = 'someone-else' where partner_id = ?");
             PreparedStatement delete = connection.prepareStatement("delete from audit_entry where partner_id = ?")) {
            update.setString(1, partner);
            delete.setString(1, partner);
            assertThatThrownBy(update::executeUpdate).hasMessageContaining("append-only");
            assertThatThrownBy(delete::executeUpdate).hasMessageContaining("append-only");
        }
    }

    @Test
    void anEntryChangedBehindTheServicesBackBreaksTheChainThere() throws SQLException {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        createClient(partner);
        createClient(partner);
        createClient(partner);
        // Someone with the database's owner rights gets around the trigger and rewrites history.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            try {
                statement.executeUpdate("update audit_entry set actor = 'someone-else' where partner_id = '"
                        + partner + "' and seq = 2");
            } finally {
                statement.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }

        as(admin).get(TRAIL + "/verification").then().statusCode(200)
                .body("intact", equalTo(false))
                .body("verifiedEntries", equalTo(1))
                .body("brokenAt", equalTo(2))
                .body("problem", equalTo("entry 2 was changed after it was written"));
    }

    @Test
    void concurrentChangesOfOneFirmGetOneUnbrokenChain() throws Exception {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> created = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> createClient(partner))).toList();
            for (Future<String> future : created) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        as(admin).get(TRAIL + "/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("verifiedEntries", equalTo(24));
    }

    @Test
    void onlyAPartnerAdminReadsTheTrailAndEachServiceServesItsOwn() {
        String partner = newPartner();
        as(DocumentApi.accountant(partner)).get(TRAIL).then().statusCode(403);
        as(TestTokens.partnerAdmin(partner)).get("/api/v1/audit/integrations").then().statusCode(404)
                .body("type", equalTo("https://kontor.dev/problems/audit-trail-not-found"));
        as(TestTokens.partnerAdmin(partner)).queryParam("clientId", "not-a-uuid").get(TRAIL).then().statusCode(400)
                .body("errors[0].field", equalTo("clientId"));
    }
}
