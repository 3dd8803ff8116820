package io.kontor.integrations.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.EventJson;
import io.kontor.events.EventTypes;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Installs extensions the way store-service does, by an event on the real broker, and waits until known here. */
final class KnownInstallations {

    static final JsonNode WEBHOOK_SCHEMA = EventJson.read("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"url": {"type": "string", "format": "uri", "maxLength": 2048}},
             "required": ["url"], "additionalProperties": false}""".getBytes(StandardCharsets.UTF_8), JsonNode.class);

    private KnownInstallations() {
    }

    /** A generic-webhook installation of the partner, with the webhook's client-level schema. */
    static UUID knownWebhookInstallation(String partnerId) {
        UUID installationId = UUID.randomUUID();
        TestEvents.publish(EventTypes.INSTALLATION_CREATED, partnerId, new InstallationCreated(installationId,
                partnerId, "generic-webhook", "WEBHOOK", Instant.now(), WEBHOOK_SCHEMA, PartnerSettings.none()));
        // Known here once another firm is told it does not exist.
        String stranger = TestTokens.partnerAdmin("stranger-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> given()
                .auth().oauth2(stranger)
                .get("/api/v1/installations/{installationId}/integrations", installationId)
                .statusCode() == 404);
        return installationId;
    }
}
