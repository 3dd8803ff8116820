package io.kontor.store.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.fuzz.DatabaseState;
import io.kontor.testing.fuzz.FuzzTarget;
import io.kontor.testing.fuzz.InputFuzzer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile input at every write operation (docs/security.md, issue 9 point 7): never a 5xx, every 4xx a
 * problem, and a refused request changes none of the firm's installations, events or audit entries.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class HostileInputTest {

    private static final long MAX_BODY = 1024 * 1024;
    private static final String MAILBOX_SETTINGS = """
            {"smtpHost": "smtp.firm.example", "smtpPort": 587, "tls": "starttls", "username": "documents",
             "password": "s3cret", "fromAddress": "documents@kontor-test.be"}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hostileInputIsRefusedCleanlyAndChangesNothing() {
        String partner = "partner-" + UUID.randomUUID();
        String admin = TestTokens.partnerAdmin(partner);
        DatabaseState state = DatabaseState.of(dataSource)
                .rows("installations", "select id, extension_key, settings, secret_settings, configured_secrets, "
                        + "updated_at from installation where partner_id = ?", partner)
                .rows("events", "select event_id from outbox_event where payload like ?", "%" + partner + "%")
                .rows("audit", "select seq, action, subject from audit_entry where partner_id = ?", partner);
        List<FuzzTarget> targets = List.of(
                FuzzTarget.json("POST", "/api/v1/installations",
                                "{\"extensionKey\": \"generic-email\", \"settings\": " + MAILBOX_SETTINGS + "}")
                        .as(admin).state(state),
                FuzzTarget.json("PUT", "/api/v1/installations/{installationId}",
                                "{\"settings\": " + MAILBOX_SETTINGS + "}")
                        .with("installationId", install(admin, "generic-email")).as(admin).state(state),
                FuzzTarget.noBody("DELETE", "/api/v1/installations/{installationId}")
                        .with("installationId", install(admin, "generic-webhook")).as(admin).state(state));
        assertThat(InputFuzzer.against(RestAssured.port, MAX_BODY).fuzzEveryWriteOperation(targets, targets.get(1)))
                .isGreaterThan(400);
    }

    private static String install(String admin, String extensionKey) {
        Map<String, Object> settings = extensionKey.equals("generic-webhook") ? Map.of() : Map.of(
                "smtpHost", "smtp.firm.example", "smtpPort", 587, "fromAddress", "documents@kontor-test.be");
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", extensionKey, "settings", settings))
                .post("/api/v1/installations")
                .then().statusCode(201).extract().path("id");
    }
}
