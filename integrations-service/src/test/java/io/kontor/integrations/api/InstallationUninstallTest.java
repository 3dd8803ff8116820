package io.kontor.integrations.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.events.integrations.IntegrationDeactivated;
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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** Uninstalling an extension ends every integration that used it, through the real kontor.installations topic. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class InstallationUninstallTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anUninstallDeactivatesEveryIntegrationOfTheInstallationOnceAndNoOther() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID uninstalled = knownInstallation(partner);
        UUID kept = knownInstallation(partner);
        String first = add(admin, clientId, uninstalled);
        String second = add(admin, clientId, uninstalled);
        String other = add(admin, clientId, kept);

        Instant deletedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        CloudEvent deleted = TestEvents.publish(EventTypes.INSTALLATION_DELETED, partner,
                new InstallationDeleted(uninstalled, partner, "generic-webhook", deletedAt));
        await().atMost(KAFKA_TIMEOUT).until(() -> "INACTIVE".equals(integration(admin, clientId, first)
                .getString("status")) && "INACTIVE".equals(integration(admin, clientId, second).getString("status")));

        JsonPath ended = integration(admin, clientId, first);
        assertThat(ended.getString("activationPeriods[-1].deactivatedAt")).isEqualTo(deletedAt.toString());
        assertThat(ended.getString("activationPeriods[-1].deactivationReason"))
                .isEqualTo("installation-deleted:" + uninstalled);
        assertThat(integration(admin, clientId, other).getString("status")).isEqualTo("ACTIVE");

        // The relay sends the same event again, and store-service a second delete: neither changes anything.
        TestEvents.publish(Topics.INSTALLATIONS, deleted);
        CloudEvent again = TestEvents.publish(EventTypes.INSTALLATION_DELETED, partner,
                new InstallationDeleted(uninstalled, partner, "generic-webhook", deletedAt.plusSeconds(5)));
        await().atMost(KAFKA_TIMEOUT).until(() -> new Rows(dataSource).processed(again.id()));
        // A marker on the client's key: every event before it on kontor.integrations is in the list below.
        given().auth().oauth2(admin).post(PATH + "/{id}/deactivate", clientId, other).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            List<IntegrationDeactivated> deactivations = reader.readUntil(events -> events.stream()
                            .anyMatch(e -> e.type().equals(EventTypes.INTEGRATION_DEACTIVATED.name())
                                    && e.subject().endsWith(other)), KAFKA_TIMEOUT).stream()
                    .filter(e -> clientId.toString().equals(e.key()))
                    .filter(e -> e.type().equals(EventTypes.INTEGRATION_DEACTIVATED.name()))
                    .map(e -> e.data(EventTypes.INTEGRATION_DEACTIVATED))
                    .toList();

            List<IntegrationDeactivated> byUninstall = deactivations.stream()
                    .filter(d -> d.reason().equals("installation-deleted:" + uninstalled)).toList();
            assertThat(byUninstall).extracting(d -> d.integrationId().toString())
                    .containsExactlyInAnyOrder(first, second);
            assertThat(byUninstall).allSatisfy(d -> {
                assertThat(d.deactivatedAt()).isEqualTo(deletedAt);
                assertThat(d.partnerId()).isEqualTo(partner);
            });
            assertThat(deactivations).filteredOn(d -> d.integrationId().toString().equals(other)).hasSize(1);
        }
    }

    @Test
    void anUninstalledInstallationGetsNoNewIntegrationAndItsIntegrationsCannotBeActivated() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installation = knownInstallation(partner);
        String integration = add(admin, clientId, installation);
        TestEvents.publish(EventTypes.INSTALLATION_DELETED, partner,
                new InstallationDeleted(installation, partner, "generic-webhook", Instant.now()));
        await().atMost(KAFKA_TIMEOUT).until(() -> "INACTIVE".equals(integration(admin, clientId, integration)
                .getString("status")));

        int before = integrationsOf(admin, clientId);

        refusedAsUninstalled(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(request(installation)).post(PATH, clientId).then(), installation);
        refusedAsUninstalled(given().auth().oauth2(admin).post(PATH + "/{id}/activate", clientId, integration)
                .then(), installation);
        assertThat(integrationsOf(admin, clientId)).isEqualTo(before);
        assertThat(integration(admin, clientId, integration).getString("status")).isEqualTo("INACTIVE");
    }

    @Test
    void anotherFirmsInstallationIsNotFound() {
        String owner = partner();
        UUID installation = knownInstallation(owner);
        String intruder = partner();
        UUID intrudersClient = knownClient(intruder);

        given().auth().oauth2(TestTokens.partnerAdmin(intruder)).contentType(ContentType.JSON)
                .body(request(installation)).post(PATH, intrudersClient)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/installation-not-found"));
        assertThat(integrationsOf(TestTokens.partnerAdmin(intruder), intrudersClient)).isZero();
    }

    @Test
    void anInstallationDeletedBeforeItsCreationArrivedIsRememberedAsUninstalled() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID neverSeen = UUID.randomUUID();
        TestEvents.publish(EventTypes.INSTALLATION_DELETED, partner,
                new InstallationDeleted(neverSeen, partner, "generic-webhook", Instant.now()));

        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> refusedAsUninstalled(given().auth().oauth2(admin)
                .contentType(ContentType.JSON).body(request(neverSeen)).post(PATH, clientId).then(), neverSeen));
    }

    private static void refusedAsUninstalled(ValidatableResponse response, UUID installation) {
        response.statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/installation-uninstalled"))
                .body("detail", containsString(installation.toString()));
    }

    private static int integrationsOf(String token, UUID clientId) {
        return given().auth().oauth2(token).get(PATH, clientId).then().statusCode(200).extract().jsonPath()
                .getList("items").size();
    }

    /** An installation announced on the real broker, once its row is here. */
    private UUID knownInstallation(String partner) {
        UUID installation = UUID.randomUUID();
        TestEvents.publish(EventTypes.INSTALLATION_CREATED, partner, new InstallationCreated(installation, partner,
                "generic-webhook", "WEBHOOK", Instant.now(), null, PartnerSettings.none()));
        Rows rows = new Rows(dataSource);
        await().atMost(KAFKA_TIMEOUT).until(() -> rows.knownInstallations(installation) == 1);
        return installation;
    }

    private static String add(String token, UUID clientId, UUID installation) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(request(installation))
                .post(PATH, clientId)
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> request(UUID installation) {
        return Map.of("installationId", installation.toString(),
                "settings", Map.of("url", "https://hooks.example.com/kontor"));
    }

    private static JsonPath integration(String token, UUID clientId, String integrationId) {
        return given().auth().oauth2(token).get(PATH + "/{id}", clientId, integrationId)
                .then().statusCode(200).extract().jsonPath();
    }
}
