package io.kontor.integrations.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.documents.DocumentType;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationSnapshot;
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
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.owners.OwnerDoubles.webhookAtStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class IntegrationResourceTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    DeliverySecretCipher deliveryCipher;

    private static Instant activatedAtOf(JsonPath integration, int period) {
        return Instant.parse(integration.getString("activationPeriods[" + period + "].activatedAt"));
    }

    private static Map<String, Object> webhookRequest(UUID installationId, String... types) {
        return Map.of("installationId", installationId.toString(),
                "settings", Map.of("url", "https://hooks.example.com/kontor"),
                "documentTypes", List.of(types));
    }

    private static JsonPath addIntegration(String token, UUID clientId, Map<String, Object> request) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .post(PATH, clientId)
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aClientLearnedFromKafkaGetsAnIntegrationAndTheEventReachesKafka() {
        String partner = partner();
        UUID clientId = knownClient(partner);
        UUID installationId = webhookAtStore(partner);
        Instant before = Instant.now();

        var response = given().auth().oauth2(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body(webhookRequest(installationId, "SALES_INVOICE", "PURCHASE_INVOICE"))
                .post(PATH, clientId)
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("clientId", equalTo(clientId.toString()))
                .body("installationId", equalTo(installationId.toString()))
                .body("status", equalTo("ACTIVE"))
                .body("documentTypes", equalTo(List.of("PURCHASE_INVOICE", "SALES_INVOICE")))
                .body("settings.url", equalTo("https://hooks.example.com/kontor"))
                .body("activationPeriods", hasSize(1))
                .body("activationPeriods[0].deactivatedAt", nullValue())
                .extract();
        UUID id = UUID.fromString(response.path("id"));
        Instant activatedAt = Instant.parse(response.path("activatedAt"));
        assertThat(activatedAt).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(response.header("Location")).endsWith(PATH.replace("{clientId}", clientId.toString()) + "/" + id);

        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            CloudEvent event = reader.readForKey(clientId.toString(), 1, KAFKA_TIMEOUT).get(0);
            assertThat(event.type()).isEqualTo(EventTypes.INTEGRATION_CREATED.name());
            assertThat(event.source()).isEqualTo("/kontor/integrations-service");
            assertThat(event.subject()).isEqualTo("clients/" + clientId + "/integrations/" + id);
            IntegrationCreated created = event.data(EventTypes.INTEGRATION_CREATED);
            assertThat(created).usingRecursiveComparison().ignoringFields("integration").isEqualTo(
                    new IntegrationCreated(id, clientId, partner, installationId, "generic-webhook", "WEBHOOK",
                            List.of(DocumentType.PURCHASE_INVOICE, DocumentType.SALES_INVOICE), activatedAt, null));
            IntegrationSnapshot snapshot = created.integration();
            assertThat(snapshot.status()).isEqualTo("ACTIVE");
            assertThat(snapshot.revision()).isEqualTo(1);
            assertThat(snapshot.activationPeriods()).containsExactly(
                    new IntegrationSnapshot.Period(activatedAt, null, null));
            assertThat(snapshot.settings().path("url").asText()).isEqualTo("https://hooks.example.com/kontor");
            assertThat(snapshot.signingSecrets()).singleElement().satisfies(secret -> assertThat(deliveryCipher.open(
                    secret.sealedSecret(), "integration:" + id)).isEqualTo(response.path("signingSecret")));
        }
    }

    @Test
    void anInstallationLearnedFromKafkaNamesTheExtensionAndChannel() {
        String partner = partner();
        UUID clientId = knownClient(partner);
        UUID installationId = UUID.randomUUID();
        TestEvents.publish(EventTypes.INSTALLATION_CREATED, partner, new InstallationCreated(installationId, partner,
                "generic-webhook", "WEBHOOK", Instant.now(), null, PartnerSettings.none()));

        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> {
            JsonPath created = addIntegration(TestTokens.partnerAdmin(partner), clientId,
                    webhookRequest(installationId));
            assertThat(created.getString("extensionKey")).isEqualTo("generic-webhook");
            assertThat(created.getString("channel")).isEqualTo("WEBHOOK");
        });
        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            List<CloudEvent> events = reader.readForKey(clientId.toString(), 1, KAFKA_TIMEOUT);
            IntegrationCreated last = events.get(events.size() - 1).data(EventTypes.INTEGRATION_CREATED);
            assertThat(last.extensionKey()).isEqualTo("generic-webhook");
            assertThat(last.channel()).isEqualTo("WEBHOOK");
            assertThat(last.documentTypes()).isEmpty();
        }
    }

    @Test
    void aClientCanHaveSeveralIntegrationsOfTheSameInstallation() {
        String partner = partner();
        UUID clientId = knownClient(partner);
        UUID installationId = webhookAtStore(partner);
        String first = addIntegration(TestTokens.partnerAdmin(partner), clientId, webhookRequest(installationId))
                .getString("id");
        String second = addIntegration(TestTokens.partnerAdmin(partner), clientId, webhookRequest(installationId))
                .getString("id");

        given().auth().oauth2(TestTokens.partnerAdmin(partner))
                .get(PATH, clientId)
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second)))
                .body("items.status", equalTo(List.of("ACTIVE", "ACTIVE")))
                .body("items[0].activationPeriods", hasSize(1))
                .body("nextCursor", nullValue());
    }

    @Test
    void aClientsIntegrationsComeInPagesOldestFirst() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installationId = webhookAtStore(partner);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            added.add(addIntegration(admin, clientId, webhookRequest(installationId)).getString("id"));
        }

        String cursor = given().auth().oauth2(admin).queryParam("limit", 2).get(PATH, clientId)
                .then().statusCode(200).body("items.id", equalTo(added.subList(0, 2)))
                .extract().path("nextCursor");
        given().auth().oauth2(admin).queryParam("limit", 2).queryParam("cursor", cursor).get(PATH, clientId)
                .then().statusCode(200).body("items.id", equalTo(added.subList(2, 3)))
                .body("nextCursor", nullValue());
        given().auth().oauth2(admin).queryParam("limit", 0).get(PATH, clientId)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void deactivatingAndActivatingAgainKeepsBothPeriodsAndPublishesBothEvents() {
        String partner = partner();
        UUID clientId = knownClient(partner);
        String token = TestTokens.partnerAdmin(partner);
        UUID id = UUID.fromString(addIntegration(token, clientId, webhookRequest(webhookAtStore(partner)))
                .getString("id"));

        JsonPath deactivated = given().auth().oauth2(token).post(PATH + "/{id}/deactivate", clientId, id)
                .then().statusCode(200)
                .body("status", equalTo("INACTIVE"))
                .body("activatedAt", nullValue())
                .extract().jsonPath();
        given().auth().oauth2(token).post(PATH + "/{id}/deactivate", clientId, id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/integration-already-inactive"))
                .body("status", equalTo(409));
        JsonPath activated = given().auth().oauth2(token).post(PATH + "/{id}/activate", clientId, id)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .extract().jsonPath();
        given().auth().oauth2(token).post(PATH + "/{id}/activate", clientId, id)
                .then().statusCode(409)
                .body("type", equalTo("https://kontor.dev/problems/integration-already-active"));

        JsonPath fetched = given().auth().oauth2(token).get(PATH + "/{id}", clientId, id)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("activationPeriods", hasSize(2))
                .body("activationPeriods[0].deactivationReason", equalTo("user:user-of-" + partner))
                .body("activationPeriods[1].deactivatedAt", nullValue())
                .extract().jsonPath();
        Instant firstEnd = Instant.parse(fetched.getString("activationPeriods[0].deactivatedAt"));
        Instant secondStart = Instant.parse(fetched.getString("activationPeriods[1].activatedAt"));
        assertThat(firstEnd).isEqualTo(Instant.parse(
                deactivated.getString("activationPeriods[0].deactivatedAt")));
        assertThat(secondStart).isEqualTo(Instant.parse(activated.getString("activatedAt"))).isAfterOrEqualTo(firstEnd);

        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            List<CloudEvent> events = reader.readForKey(clientId.toString(), 3, KAFKA_TIMEOUT);
            assertThat(events).extracting(CloudEvent::type).containsExactly(EventTypes.INTEGRATION_CREATED.name(),
                    EventTypes.INTEGRATION_DEACTIVATED.name(), EventTypes.INTEGRATION_ACTIVATED.name());
            IntegrationDeactivated deactivation = events.get(1).data(EventTypes.INTEGRATION_DEACTIVATED);
            assertThat(deactivation).usingRecursiveComparison().ignoringFields("integration").isEqualTo(
                    new IntegrationDeactivated(id, clientId, partner, firstEnd, "user:user-of-" + partner, null));
            assertThat(deactivation.integration().status()).isEqualTo("INACTIVE");
            assertThat(deactivation.integration().statusReason()).isEqualTo("user:user-of-" + partner);
            IntegrationActivated activation = events.get(2).data(EventTypes.INTEGRATION_ACTIVATED);
            assertThat(activation).usingRecursiveComparison().ignoringFields("integration")
                    .isEqualTo(new IntegrationActivated(id, clientId, partner, secondStart, null));
            assertThat(activation.integration().activationPeriods()).containsExactly(
                    new IntegrationSnapshot.Period(activatedAtOf(fetched, 0), firstEnd, "user:user-of-" + partner),
                    new IntegrationSnapshot.Period(secondStart, null, null));
            assertThat(activation.integration().revision()).isEqualTo(3);
        }
    }

    @Test
    void anUnknownClientIsNotFound() {
        given().auth().oauth2(TestTokens.partnerAdmin(partner())).contentType(ContentType.JSON)
                .body(webhookRequest(UUID.randomUUID()))
                .post(PATH, UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/client-not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void anotherPartnersClientAndItsIntegrationsAreNotFound() {
        String owner = partner();
        UUID clientId = knownClient(owner);
        UUID id = UUID.fromString(addIntegration(TestTokens.partnerAdmin(owner), clientId,
                webhookRequest(webhookAtStore(owner))).getString("id"));
        String intruder = TestTokens.partnerAdmin(partner());

        given().auth().oauth2(intruder).contentType(ContentType.JSON).body(webhookRequest(UUID.randomUUID()))
                .post(PATH, clientId)
                .then().statusCode(404).body("type", equalTo("https://kontor.dev/problems/client-not-found"));
        given().auth().oauth2(intruder).get(PATH, clientId).then().statusCode(404);
        given().auth().oauth2(intruder).get(PATH + "/{id}", clientId, id).then().statusCode(404);
        given().auth().oauth2(intruder).post(PATH + "/{id}/deactivate", clientId, id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partnerAdmin(owner)).get(PATH + "/{id}", clientId, id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void anIntegrationOfAnotherClientOfTheSamePartnerIsNotFound() {
        String partner = partner();
        UUID clientA = knownClient(partner);
        UUID clientB = knownClient(partner);
        String token = TestTokens.partnerAdmin(partner);
        String id = addIntegration(token, clientA, webhookRequest(webhookAtStore(partner))).getString("id");

        given().auth().oauth2(token).get(PATH + "/{id}", clientB, id)
                .then().statusCode(404)
                .body("type", equalTo("https://kontor.dev/problems/integration-not-found"));
    }

    @Test
    void anArchivedClientGetsNoNewIntegration() {
        String partner = partner();
        UUID clientId = knownClient(partner);
        TestEvents.publish(EventTypes.CLIENT_ARCHIVED, clientId.toString(),
                new ClientArchived(clientId, partner, Instant.now()));

        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> given().auth().oauth2(TestTokens.partnerAdmin(partner))
                .contentType(ContentType.JSON).body(webhookRequest(UUID.randomUUID()))
                .post(PATH, clientId)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/client-archived")));
    }

    @Test
    void anAccountantManagesTheClientsAssignedToThemOnly() {
        String partner = partner();
        UUID clientId = knownClient(partner, "user-anna");

        addIntegration(TestTokens.tokenForUser(partner, "user-anna", "accountant"), clientId,
                webhookRequest(webhookAtStore(partner)));
        given().auth().oauth2(TestTokens.tokenForUser(partner, "user-bob", "accountant"))
                .get(PATH, clientId)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/forbidden"));
    }

    @Test
    void aClientManagerMayNotManageIntegrations() {
        String partner = partner();
        UUID clientId = knownClient(partner);

        given().auth().oauth2(TestTokens.token(partner, "client-manager")).contentType(ContentType.JSON)
                .body(webhookRequest(UUID.randomUUID()))
                .post(PATH, clientId)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }
}
