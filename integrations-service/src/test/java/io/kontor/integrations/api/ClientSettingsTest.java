package io.kontor.integrations.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.EventJson;
import io.kontor.events.EventTypes;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** Client-level settings are checked against the schema the installation's event carried. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class ClientSettingsTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";
    private static final JsonNode WEBHOOK_SCHEMA = EventJson.read("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"url": {"type": "string", "format": "uri", "maxLength": 2048}},
             "required": ["url"], "additionalProperties": false}""".getBytes(StandardCharsets.UTF_8), JsonNode.class);

    @Test
    void settingsThatBreakTheClientSchemaAreRefusedNamingEachPathAndNothingIsAdded() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installation = UUID.randomUUID();
        TestEvents.publish(EventTypes.INSTALLATION_CREATED, partner, new InstallationCreated(installation, partner,
                "generic-webhook", "WEBHOOK", Instant.now(), WEBHOOK_SCHEMA, PartnerSettings.none()));
        // Known here once a request is judged by the schema (before that, store-service, asked instead, has no such
        // installation: 404).
        await().atMost(Duration.ofSeconds(30)).until(() -> add(admin, clientId, installation, Map.of())
                .extract().statusCode() == 422);

        refused(add(admin, clientId, installation, Map.of()))
                .body("errors.field", contains("$.settings.url"));
        refused(add(admin, clientId, installation, Map.of("url", "not a url", "colour", "blue")))
                .body("errors.field", containsInAnyOrder("$.settings.url", "$.settings.colour"));
        refused(add(admin, clientId, installation, Map.of("url", 42)))
                .body("errors.field", contains("$.settings.url"));

        add(admin, clientId, installation, Map.of("url", "https://hooks.example.com/kontor"))
                .statusCode(201).body("extensionKey", equalTo("generic-webhook"));
        given().auth().oauth2(admin).get(PATH, clientId).then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    private static ValidatableResponse add(String token, UUID clientId, UUID installation,
                                           Map<String, Object> settings) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation.toString(), "settings", settings))
                .post(PATH, clientId).then();
    }

    private static ValidatableResponse refused(ValidatableResponse response) {
        return response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/settings-invalid"));
    }
}
