package io.kontor.integrations.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.deliveries.DeliveryFailed;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationSnapshot;
import io.kontor.events.integrations.IntegrationUpdated;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.api.KnownInstallations.knownWebhookInstallation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Changes after an integration was added — new settings, a rotated secret, a receiver that answered 410 — and the
 * events that carry the whole integration to the sync-worker.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class IntegrationChangesTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    DeliverySecretCipher deliveryCipher;

    @Test
    void newSettingsAndDocumentTypesAreCheckedStoredAndPublishedWithoutTouchingThePeriods() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        JsonPath added = add(admin, clientId, knownWebhookInstallation(partner));
        String id = added.getString("id");

        update(admin, clientId, id, Map.of("settings", Map.of("url", "not a url")))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/settings-invalid"))
                .body("errors.field", contains("$.settings.url"));
        update(admin, clientId, id, Map.of("documentTypes", List.of("SALES_INVOICE")))
                .statusCode(422)
                .body("errors.field", contains("settings"));
        update(admin, clientId, id, Map.of("settings", Map.of("url", "https://hooks.example.com/v2"),
                "documentTypes", List.of("SALES_INVOICE")))
                .statusCode(200)
                .body("settings.url", equalTo("https://hooks.example.com/v2"))
                .body("documentTypes", contains("SALES_INVOICE"))
                .body("status", equalTo("ACTIVE"))
                .body("activatedAt", equalTo(added.getString("activatedAt")))
                .body("activationPeriods", hasSize(1));

        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            List<CloudEvent> events = reader.readForKey(clientId.toString(), 2, KAFKA_TIMEOUT);
            assertThat(events).extracting(CloudEvent::type).containsExactly(EventTypes.INTEGRATION_CREATED.name(),
                    EventTypes.INTEGRATION_UPDATED.name());
            IntegrationUpdated updated = events.get(1).data(EventTypes.INTEGRATION_UPDATED);
            assertThat(updated.changes()).containsExactly("settings", "documentTypes");
            assertThat(updated.integration().settings().path("url").asText()).isEqualTo("https://hooks.example.com/v2");
            assertThat(updated.integration().documentTypes()).extracting(Enum::name).containsExactly("SALES_INVOICE");
            assertThat(updated.integration().revision()).isEqualTo(2);
        }
    }

    @Test
    void aDeletedIntegrationCannotBeChanged() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        String id = add(admin, clientId, knownWebhookInstallation(partner)).getString("id");
        given().auth().oauth2(admin).delete(PATH + "/{id}", clientId, id).then().statusCode(204);

        update(admin, clientId, id, Map.of("settings", Map.of("url", "https://hooks.example.com/v2")))
                .statusCode(409)
                .body("type", equalTo("https://kontor.dev/problems/integration-deleted"));
    }

    @Test
    void aRotationSendsTheWorkerBothSecretsSealedWithTheOldOneRetiringAfterTheOverlap() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        JsonPath added = add(admin, clientId, knownWebhookInstallation(partner));
        String id = added.getString("id");

        JsonPath rotated = given().auth().oauth2(admin).post(PATH + "/{id}/rotate-secret", clientId, id)
                .then().statusCode(200).extract().jsonPath();

        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            List<CloudEvent> events = reader.readForKey(clientId.toString(), 2, KAFKA_TIMEOUT);
            IntegrationUpdated updated = events.get(1).data(EventTypes.INTEGRATION_UPDATED);
            assertThat(updated.changes()).containsExactly("signingSecrets");
            List<IntegrationSnapshot.SealedSigningSecret> secrets = updated.integration().signingSecrets();
            assertThat(secrets).extracting(secret -> deliveryCipher.open(secret.sealedSecret(), "integration:" + id))
                    .containsExactly(added.getString("signingSecret"), rotated.getString("signingSecret"));
            assertThat(secrets.get(0).retiresAt()).isEqualTo(secrets.get(1).createdAt().plus(Duration.ofHours(24)));
            assertThat(secrets.get(1).retiresAt()).isNull();
            assertThat(new String(events.get(1).data(), StandardCharsets.UTF_8))
                    .doesNotContain(rotated.getString("signingSecret"))
                    .doesNotContain(added.getString("signingSecret"));
        }
    }

    @Test
    void aReceiverThatAnswered410DisablesTheIntegrationVisiblyUntilItIsFixedAndActivatedAgain() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        String id = add(admin, clientId, knownWebhookInstallation(partner)).getString("id");
        UUID deliveryId = UUID.randomUUID();
        Instant failedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

        TestEvents.publish(EventTypes.DELIVERY_FAILED, clientId.toString(), new DeliveryFailed(deliveryId,
                UUID.randomUUID(), UUID.fromString(id), clientId, partner, 1, 410, "the receiver answered 410 Gone",
                true, failedAt));

        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> get(admin, clientId, id)
                .body("status", equalTo("DISABLED")));
        get(admin, clientId, id)
                .body("statusReason", equalTo("endpoint-gone:" + deliveryId))
                .body("activatedAt", nullValue())
                .body("activationPeriods[0].deactivatedAt", equalTo(failedAt.toString()))
                .body("activationPeriods[0].deactivationReason", equalTo("endpoint-gone:" + deliveryId));
        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            IntegrationDeactivated disabled = reader.readForKey(clientId.toString(), 2, KAFKA_TIMEOUT).get(1)
                    .data(EventTypes.INTEGRATION_DEACTIVATED);
            assertThat(disabled.deactivatedAt()).isEqualTo(failedAt);
            assertThat(disabled.reason()).isEqualTo("endpoint-gone:" + deliveryId);
            assertThat(disabled.integration().status()).isEqualTo("DISABLED");
        }

        update(admin, clientId, id, Map.of("settings", Map.of("url", "https://hooks.example.com/new-home")))
                .statusCode(200).body("status", equalTo("DISABLED"));
        given().auth().oauth2(admin).post(PATH + "/{id}/activate", clientId, id)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("statusReason", nullValue())
                .body("activationPeriods", hasSize(2));
    }

    @Test
    void aGoneReportFromBeforeTheCurrentPeriodOrWithoutA410ChangesNothing() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        String id = add(admin, clientId, knownWebhookInstallation(partner)).getString("id");
        UUID integrationId = UUID.fromString(id);

        TestEvents.publish(EventTypes.DELIVERY_FAILED, clientId.toString(), new DeliveryFailed(UUID.randomUUID(),
                UUID.randomUUID(), integrationId, clientId, partner, 8, 500, "server error", false, Instant.now()));
        TestEvents.publish(EventTypes.DELIVERY_FAILED, clientId.toString(), new DeliveryFailed(UUID.randomUUID(),
                UUID.randomUUID(), integrationId, clientId, partner, 1, 410, "gone", true,
                Instant.now().minus(Duration.ofDays(1))));
        // A third report for another firm's partner id must not touch this integration either.
        TestEvents.publish(EventTypes.DELIVERY_FAILED, clientId.toString(), new DeliveryFailed(UUID.randomUUID(),
                UUID.randomUUID(), integrationId, clientId, partner(), 1, 410, "gone", true, Instant.now()));
        UUID marker = UUID.randomUUID();
        TestEvents.publish(EventTypes.DELIVERY_FAILED, clientId.toString(), new DeliveryFailed(marker,
                UUID.randomUUID(), integrationId, clientId, partner, 1, 410, "gone", true, Instant.now()));

        // The reports are read in order: once the last one disabled it, the three before were judged.
        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> get(admin, clientId, id)
                .body("statusReason", equalTo("endpoint-gone:" + marker)));
        get(admin, clientId, id).body("activationPeriods", hasSize(1));
    }

    private static JsonPath add(String token, UUID clientId, UUID installation) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation.toString(),
                        "settings", Map.of("url", "https://hooks.example.com/kontor")))
                .post(PATH, clientId)
                .then().statusCode(201).extract().jsonPath();
    }

    private static ValidatableResponse update(String token, UUID clientId, String id, Map<String, Object> request) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .put(PATH + "/{id}", clientId, id).then();
    }

    private static ValidatableResponse get(String token, UUID clientId, String id) {
        return given().auth().oauth2(token).get(PATH + "/{id}", clientId, id).then().statusCode(200);
    }
}
