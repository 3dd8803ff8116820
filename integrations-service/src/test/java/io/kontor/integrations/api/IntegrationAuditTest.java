package io.kontor.integrations.api;

import io.kontor.events.EventTypes;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.api.KnownInstallations.knownWebhookInstallation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every change of an integration is on the firm's trail with who made it; what Kontor did by itself (an uninstall
 * ending the integration) names itself and its cause. The chain verifies; no signing secret is on it.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class IntegrationAuditTest {

    private static final String TRAIL = "/api/v1/audit/integrations";

    @Test
    void theLifecycleOfAnIntegrationIsOnTheTrailAndAnUninstallNamesItselfAsTheActor() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installation = knownWebhookInstallation(partner);
        String path = "/api/v1/clients/" + clientId + "/integrations";
        JsonPath added = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation, "settings", Map.of("url", "https://hooks.example.com/a")))
                .post(path).then().statusCode(201).extract().jsonPath();
        String integration = path + "/" + added.getString("id");
        String secret = given().auth().oauth2(admin).post(integration + "/rotate-secret").then().statusCode(200)
                .extract().path("signingSecret");
        given().auth().oauth2(admin).post(integration + "/deactivate").then().statusCode(200);
        given().auth().oauth2(admin).post(integration + "/activate").then().statusCode(200);
        TestEvents.publish(EventTypes.INSTALLATION_DELETED, partner,
                new InstallationDeleted(installation, partner, "generic-webhook", Instant.now()));

        JsonPath trail = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin).get(TRAIL)
                .then().statusCode(200).extract().jsonPath(), json -> json.getList("items").size() == 5);
        assertThat(trail.getList("items.action", String.class)).containsExactly("integration.added",
                "integration.secret-rotated", "integration.deactivated", "integration.activated",
                "integration.deactivated");
        assertThat(trail.getList("items.actor", String.class)).containsExactly("user-of-" + partner,
                "user-of-" + partner, "user-of-" + partner, "user-of-" + partner, "system:uninstalled");
        assertThat(trail.getString("items[4].requestId")).isEqualTo("installation:" + installation);
        assertThat(trail.getList("items.clientId", String.class)).containsOnly(clientId.toString());
        String body = given().auth().oauth2(admin).get(TRAIL).asString();
        assertThat(body).doesNotContain(added.getString("signingSecret")).doesNotContain(secret);
        given().auth().oauth2(admin).get(TRAIL + "/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("verifiedEntries", equalTo(5));
        given().auth().oauth2(admin).queryParam("clientId", UUID.randomUUID()).get(TRAIL).then().statusCode(200)
                .body("items", equalTo(List.of()));
    }
}
