package io.kontor.integrations.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.integrations.owners.OwnerDoubles;
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

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.owners.OwnerDoubles.webhookAtStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and hostile input at every write operation (docs/security.md, issue 9 point 7): never a 5xx, every 4xx a
 * problem, and a refused request changes none of the firm's integrations, events or audit entries.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class HostileInputTest {

    private static final long MAX_BODY = 1024 * 1024;
    private static final String CLIENTS = "/api/v1/clients/{clientId}/integrations";
    private static final String ONE = CLIENTS + "/{integrationId}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hostileInputIsRefusedCleanlyAndChangesNothing() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installation = webhookAtStore(partner);
        String integration = """
                {"installationId": "%s", "settings": {"url": "https://hooks.example.com/kontor"},
                 "documentTypes": ["PURCHASE_INVOICE"]}""".formatted(installation);
        DatabaseState state = DatabaseState.of(dataSource)
                .rows("integrations", "select * from integration where partner_id = ?", partner)
                .rows("periods", "select p.* from activation_period p join integration i on i.id = p.integration_id "
                        + "where i.partner_id = ?", partner)
                .rows("secrets", "select s.* from signing_secret s join integration i on i.id = s.integration_id "
                        + "where i.partner_id = ?", partner)
                .rows("events", "select event_id from outbox_event where payload like ?", "%" + partner + "%")
                .rows("audit", "select seq, action, subject from audit_entry where partner_id = ?", partner);
        List<FuzzTarget> targets = List.of(
                FuzzTarget.json("POST", CLIENTS, integration).with("clientId", clientId),
                FuzzTarget.json("PUT", ONE, """
                                {"settings": {"url": "https://hooks.example.com/v2"}, "documentTypes": ["OTHER"]}""")
                        .with("clientId", clientId).with("integrationId", add(admin, clientId, installation)),
                FuzzTarget.noBody("POST", ONE + "/activate")
                        .with("clientId", clientId).with("integrationId", add(admin, clientId, installation)),
                FuzzTarget.noBody("POST", ONE + "/deactivate")
                        .with("clientId", clientId).with("integrationId", add(admin, clientId, installation)),
                FuzzTarget.noBody("POST", ONE + "/rotate-secret")
                        .with("clientId", clientId).with("integrationId", add(admin, clientId, installation)),
                FuzzTarget.noBody("DELETE", ONE)
                        .with("clientId", clientId).with("integrationId", add(admin, clientId, installation)),
                FuzzTarget.json("POST", "/api/v1/installations/{installationId}/integrations", """
                                {"integrations": [{"clientId": "%s", "settings": {"url": "https://hooks.example.com/b"},
                                 "documentTypes": ["SALES_INVOICE"]}]}""".formatted(clientId))
                        .with("installationId", installation));
        targets.forEach(target -> target.as(admin).state(state));
        assertThat(InputFuzzer.against(RestAssured.port, MAX_BODY).fuzzEveryWriteOperation(targets, targets.get(0)))
                .isGreaterThan(800);
    }

    private static String add(String admin, UUID clientId, UUID installation) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation.toString(),
                        "settings", Map.of("url", "https://hooks.example.com/kontor")))
                .post(CLIENTS, clientId)
                .then().statusCode(201).extract().path("id");
    }
}
