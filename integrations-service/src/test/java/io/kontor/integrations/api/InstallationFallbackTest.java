package io.kontor.integrations.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.integrations.owners.OwnerDouble;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.owners.OwnerDoubles.STORE;
import static io.kontor.integrations.owners.OwnerDoubles.WEBHOOK_CLIENT_SCHEMA;
import static io.kontor.integrations.owners.OwnerDoubles.clientAtDocuments;
import static io.kontor.integrations.owners.OwnerDoubles.installationAtStore;
import static io.kontor.integrations.owners.OwnerDoubles.installationPath;
import static io.kontor.integrations.owners.OwnerDoubles.ownerUnavailable;
import static io.kontor.integrations.owners.OwnerDoubles.webhookAtStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * An installation made a moment ago, whose {@code kontor.installations} event has not arrived here: store-service,
 * asked with the caller's token, decides whether it exists for the caller's firm and which settings it needs; the
 * row recorded here then takes part in the uninstall lock like one learned from the event.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class InstallationFallbackTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final Map<String, Object> WEBHOOK_SETTINGS = Map.of("url", "https://hooks.example.com/kontor");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anInstallationOnlyStoreServiceKnowsIsRecordedAndTheSettingsAreCheckedAgainstItsSchema() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = webhookAtStore(partner);

        settingsInvalid(add(admin, clientId, installation, Map.of()))
                .body("errors.field", contains("$.settings.url"));
        settingsInvalid(add(admin, clientId, installation, Map.of("url", "not a url", "colour", "blue")))
                .body("errors.field", containsInAnyOrder("$.settings.url", "$.settings.colour"));
        add(admin, clientId, installation, WEBHOOK_SETTINGS).statusCode(201)
                .body("extensionKey", equalTo("generic-webhook"))
                .body("channel", equalTo("WEBHOOK"))
                .body("signingSecret", startsWith("whsec_"));

        assertThat(new Rows(dataSource).text("select concat_ws('|', partner_id, extension_key, channel, deleted::text, "
                + "client_settings_schema->'required') from known_installation where installation_id = ?",
                installation)).isEqualTo(partner + "|generic-webhook|WEBHOOK|false|[\"url\"]");
        assertThat(STORE.requestsTo(installationPath(installation))).extracting(OwnerDouble.Request::authorization)
                .containsOnly("Bearer " + admin);
        given().auth().oauth2(admin).get(PATH, clientId).then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void anUninstallArrivingAfterStoreServiceWasAskedEndsTheIntegrationAndRefusesNewOnes() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = webhookAtStore(partner);
        String integration = add(admin, clientId, installation, WEBHOOK_SETTINGS).statusCode(201)
                .extract().path("id");

        Instant deletedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestEvents.publish(EventTypes.INSTALLATION_DELETED, partner,
                new InstallationDeleted(installation, partner, "generic-webhook", deletedAt));

        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> given().auth().oauth2(admin)
                .get(PATH + "/{id}", clientId, integration).then().statusCode(200)
                .body("status", equalTo("INACTIVE"))
                .body("activationPeriods[-1].deactivatedAt", equalTo(deletedAt.toString()))
                .body("activationPeriods[-1].deactivationReason", equalTo("installation-deleted:" + installation)));
        // store-service would still answer here: the row, now marked uninstalled, is what decides.
        add(admin, clientId, installation, WEBHOOK_SETTINGS).statusCode(409)
                .body("type", endsWith("/installation-uninstalled"));
        given().auth().oauth2(admin).post(PATH + "/{id}/activate", clientId, integration).then().statusCode(409)
                .body("type", endsWith("/installation-uninstalled"));
    }

    @Test
    void anInstallationStoreServiceDoesNotKnowIsNotFoundAndNothingIsWritten() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = UUID.randomUUID();

        installationNotFound(add(admin, clientId, installation, WEBHOOK_SETTINGS));
        assertThat(new Rows(dataSource).knownInstallations(installation)).isZero();
        given().auth().oauth2(admin).get(PATH, clientId).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anotherFirmsInstallationIsNotFoundThoughStoreServiceHasIt() throws SQLException {
        UUID installation = webhookAtStore(partner());
        String intruder = partner();

        installationNotFound(add(TestTokens.partnerAdmin(intruder), clientAtDocuments(intruder), installation,
                WEBHOOK_SETTINGS));
        assertThat(new Rows(dataSource).knownInstallations(installation)).isZero();
    }

    @Test
    void anUnreachableStoreServiceIsA503AndNoIntegrationIsAddedUnchecked() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = webhookAtStore(partner);

        STORE.stop();
        try {
            ownerUnavailable(add(admin, clientId, installation, WEBHOOK_SETTINGS));
        } finally {
            STORE.start();
        }
        STORE.failWith(503);
        try {
            ownerUnavailable(add(admin, clientId, installation, WEBHOOK_SETTINGS));
        } finally {
            STORE.behave();
        }

        assertThat(new Rows(dataSource).knownInstallations(installation)).isZero();
        given().auth().oauth2(admin).get(PATH, clientId).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void theLaterInstallationCreatedEventChangesNothing() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = webhookAtStore(partner);
        add(admin, clientId, installation, WEBHOOK_SETTINGS).statusCode(201);

        CloudEvent created = TestEvents.publish(EventTypes.INSTALLATION_CREATED, partner, new InstallationCreated(
                installation, partner, "generic-webhook", "WEBHOOK", Instant.now(), WEBHOOK_CLIENT_SCHEMA, PartnerSettings.none()));
        Rows rows = new Rows(dataSource);
        await().atMost(KAFKA_TIMEOUT).until(() -> rows.processed(created.id()));

        assertThat(rows.knownInstallations(installation)).isEqualTo(1);
        settingsInvalid(add(admin, clientId, installation, Map.of()));
        add(admin, clientId, installation, WEBHOOK_SETTINGS).statusCode(201);
        given().auth().oauth2(admin).get(PATH, clientId).then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void anIntegrationWhoseInstallationIsNotKnownHereIsActivatedOnlyIfStoreServiceHasIt() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = webhookAtStore(partner);
        String integration = add(admin, clientId, installation, WEBHOOK_SETTINGS).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(admin).post(PATH + "/{id}/deactivate", clientId, integration).then().statusCode(200);
        // As for an integration added before installations were looked up at store-service: no row here.
        new Rows(dataSource).change("delete from known_installation where installation_id = ?", installation);

        STORE.remove(installationPath(installation));
        installationNotFound(given().auth().oauth2(admin).post(PATH + "/{id}/activate", clientId, integration)
                .then());
        installationAtStore(partner, installation, "generic-webhook", "WEBHOOK");
        given().auth().oauth2(admin).post(PATH + "/{id}/activate", clientId, integration).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertThat(new Rows(dataSource).knownInstallations(installation)).isEqualTo(1);
    }

    @Test
    void anInstallationWhoseEventCarriedNoSchemaIsCheckedAgainstTheCatalogsSchema() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = UUID.randomUUID();
        // As published before the event had the field; store-service's catalog has the schema.
        TestEvents.publish(EventTypes.INSTALLATION_CREATED, partner, new InstallationCreated(installation, partner,
                "generic-webhook", "WEBHOOK", Instant.now(), null, PartnerSettings.none()));

        await().atMost(KAFKA_TIMEOUT).untilAsserted(() -> settingsInvalid(add(admin, clientId, installation,
                Map.of("url", 42))).body("errors.field", contains("$.settings.url")));
        add(admin, clientId, installation, WEBHOOK_SETTINGS).statusCode(201);
        assertThat(STORE.requestsTo("/api/v1/extensions/generic-webhook")).isNotEmpty();
    }

    private static ValidatableResponse add(String token, UUID clientId, UUID installation,
                                           Map<String, Object> settings) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation.toString(), "settings", settings))
                .post(PATH, clientId).then();
    }

    private static ValidatableResponse settingsInvalid(ValidatableResponse response) {
        return response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/settings-invalid"));
    }

    private static void installationNotFound(ValidatableResponse response) {
        response.statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/installation-not-found"));
    }
}
