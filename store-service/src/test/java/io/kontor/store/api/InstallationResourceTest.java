package io.kontor.store.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class InstallationResourceTest {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    /** A catalog entry that allows one installation per firm and needs no settings. */
    private static final String SINGLE = "test-single-archive";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void addASingleInstallationExtensionToTheCatalog() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into extension (key, name, vendor, description, category, channel, document_types,
                                       partner_settings_schema, client_settings_schema, multiple_installations)
                values (?1, 'Test archive', 'Kontor tests', 'Allows one installation per firm', 'ARCHIVE', 'EMAIL',
                        array['PURCHASE_INVOICE'], '{"type": "object"}', '{"type": "object"}', false)
                on conflict (key) do nothing""").setParameter(1, SINGLE).executeUpdate());
    }

    @Test
    void aPartnerAdminInstallsAnExtensionAndTheEventArrivesOnKafka() {
        String partner = newPartner();
        Response installed = as(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", "generic-webhook", "settings", Map.of()))
                .post("/api/v1/installations");

        installed.then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", endsWith("/api/v1/installations/" + installed.path("id")))
                .body("id", notNullValue())
                .body("extensionKey", equalTo("generic-webhook"))
                .body("channel", equalTo("WEBHOOK"))
                .body("settings", anEmptyMap())
                .body("createdAt", notNullValue());
        String installationId = installed.path("id");

        as(TestTokens.token(partner, "accountant")).get(installed.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(installationId))
                .body("createdAt", equalTo(installed.path("createdAt")));
        as(TestTokens.token(partner, "accountant")).get("/api/v1/installations")
                .then().statusCode(200).body("items.id", equalTo(List.of(installationId)));
        // A client-manager manages clients, not the firm's extensions.
        as(TestTokens.token(partner, "client-manager")).get("/api/v1/installations").then().statusCode(403);

        try (TopicReader reader = new TopicReader(Topics.INSTALLATIONS)) {
            List<CloudEvent> events = reader.readForKey(partner, 1, KAFKA_TIMEOUT);

            assertThat(events).hasSize(1);
            CloudEvent event = events.get(0);
            assertThat(event.type()).isEqualTo("kontor.installation.created.v1");
            assertThat(event.source()).isEqualTo("/kontor/store-service");
            assertThat(event.subject()).isEqualTo("installations/" + installationId);
            InstallationCreated data = event.data(EventTypes.INSTALLATION_CREATED);
            assertThat(data.installationId()).isEqualTo(UUID.fromString(installationId));
            assertThat(data.partnerId()).isEqualTo(partner);
            assertThat(data.extensionKey()).isEqualTo("generic-webhook");
            assertThat(data.channel()).isEqualTo("WEBHOOK");
            assertThat(data.createdAt()).isEqualTo(Instant.parse(installed.path("createdAt")));
            // What integrations-service needs to check each client's settings, without calling back.
            assertThat(data.clientSettingsSchema().path("required").get(0).asText()).isEqualTo("url");
            assertThat(data.clientSettingsSchema().path("properties").path("url").path("format").asText())
                    .isEqualTo("uri");
        }
    }

    @Test
    void settingsMayBeLeftOutWhenTheExtensionNeedsNone() {
        as(TestTokens.partnerAdmin(newPartner())).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", "generic-webhook"))
                .post("/api/v1/installations")
                .then().statusCode(201).body("settings", anEmptyMap());
    }

    @Test
    void anExtensionThatAllowsSeveralCanBeInstalledTwice() {
        String partner = newPartner();
        String first = install(partner, "generic-webhook");
        String second = install(partner, "generic-webhook");

        assertThat(second).isNotEqualTo(first);
        as(TestTokens.partnerAdmin(partner)).get("/api/v1/installations")
                .then().statusCode(200).body("items.id", equalTo(List.of(first, second)));
    }

    @Test
    void theFirmsInstallationsComeInPagesOldestFirst() {
        String partner = newPartner();
        List<String> installed = List.of(install(partner, "generic-webhook"), install(partner, "generic-webhook"),
                install(partner, "generic-webhook"));

        String cursor = as(TestTokens.partnerAdmin(partner)).queryParam("limit", 2).get("/api/v1/installations")
                .then().statusCode(200).body("items.id", equalTo(installed.subList(0, 2)))
                .extract().path("nextCursor");
        as(TestTokens.partnerAdmin(partner)).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/v1/installations")
                .then().statusCode(200).body("items.id", equalTo(installed.subList(2, 3)))
                .body("nextCursor", nullValue());
        as(TestTokens.partnerAdmin(partner)).queryParam("limit", 501).get("/api/v1/installations")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void anExtensionThatAllowsOneCannotBeInstalledTwice() {
        String partner = newPartner();
        install(partner, SINGLE);

        as(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", SINGLE, "settings", Map.of()))
                .post("/api/v1/installations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/extension-already-installed"))
                .body("status", equalTo(409))
                .body("detail", notNullValue());
        // Another firm is not affected.
        install(newPartner(), SINGLE);
    }

    @Test
    void concurrentInstallsOfAnExtensionThatAllowsOneLetExactlyOneThrough() throws Exception {
        String partner = newPartner();
        String token = TestTokens.partnerAdmin(partner);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = pool.invokeAll(Collections.nCopies(6, () -> as(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("extensionKey", SINGLE, "settings", Map.of()))
                    .post("/api/v1/installations")
                    .statusCode()));
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }

            assertThat(codes).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        as(token).get("/api/v1/installations").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void uninstallingRemovesTheInstallationAndAnnouncesIt() {
        String partner = newPartner();
        String installationId = install(partner, SINGLE);

        as(TestTokens.partnerAdmin(partner)).delete("/api/v1/installations/" + installationId)
                .then().statusCode(204);

        as(TestTokens.partnerAdmin(partner)).get("/api/v1/installations/" + installationId)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/installation-not-found"));
        as(TestTokens.partnerAdmin(partner)).delete("/api/v1/installations/" + installationId)
                .then().statusCode(404).contentType("application/problem+json");
        as(TestTokens.partnerAdmin(partner)).get("/api/v1/installations")
                .then().statusCode(200).body("items", empty());
        // Once uninstalled, a single-installation extension can be installed again.
        install(partner, SINGLE);

        try (TopicReader reader = new TopicReader(Topics.INSTALLATIONS)) {
            List<CloudEvent> events = reader.readForKey(partner, 3, KAFKA_TIMEOUT);

            assertThat(events).extracting(CloudEvent::type).containsExactly("kontor.installation.created.v1",
                    "kontor.installation.deleted.v1", "kontor.installation.created.v1");
            InstallationDeleted deleted = events.get(1).data(EventTypes.INSTALLATION_DELETED);
            assertThat(deleted.installationId()).isEqualTo(UUID.fromString(installationId));
            assertThat(deleted.partnerId()).isEqualTo(partner);
            assertThat(deleted.extensionKey()).isEqualTo(SINGLE);
            assertThat(deleted.deletedAt()).isNotNull();
        }
    }

    @Test
    void onlyAPartnerAdminInstallsAndUninstalls() {
        String partner = newPartner();
        String installationId = install(partner, "generic-webhook");

        for (String role : List.of("accountant", "client-manager")) {
            as(TestTokens.token(partner, role)).contentType(ContentType.JSON)
                    .body(Map.of("extensionKey", "generic-webhook", "settings", Map.of()))
                    .post("/api/v1/installations")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403))
                    .body("title", equalTo("Forbidden"))
                    .body("detail", notNullValue());
            as(TestTokens.token(partner, role)).delete("/api/v1/installations/" + installationId)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        as(TestTokens.partnerAdmin(partner)).get("/api/v1/installations/" + installationId).then().statusCode(200);
    }

    @Test
    void anotherPartnersInstallationDoesNotExistForTheCaller() {
        String owner = newPartner();
        String installationId = install(owner, "generic-webhook");
        String intruder = TestTokens.partnerAdmin(newPartner());

        as(intruder).get("/api/v1/installations/" + installationId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/installation-not-found"))
                .body("detail", not(org.hamcrest.Matchers.containsString(owner)));
        as(intruder).delete("/api/v1/installations/" + installationId).then().statusCode(404);
        as(intruder).get("/api/v1/installations").then().statusCode(200).body("items", empty());

        as(TestTokens.partnerAdmin(owner)).get("/api/v1/installations/" + installationId).then().statusCode(200);
    }

    @Test
    void anUnknownExtensionIsA422NamingTheField() {
        as(TestTokens.partnerAdmin(newPartner())).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", "no-such-extension", "settings", Map.of()))
                .post("/api/v1/installations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/unknown-extension"))
                .body("errors.field", equalTo(List.of("extensionKey")));
    }

    @Test
    void badRequestsAreProblems() {
        String admin = TestTokens.partnerAdmin(newPartner());
        as(admin).contentType(ContentType.JSON).body(Map.of("settings", Map.of()))
                .post("/api/v1/installations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("extensionKey")));
        as(admin).contentType(ContentType.JSON).body(Map.of("extensionKey", "generic-webhook", "settings", "x"))
                .post("/api/v1/installations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("settings")));
        as(admin).contentType(ContentType.JSON).body("{\"extensionKey\": ")
                .post("/api/v1/installations")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        as(admin).get("/api/v1/installations/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    private static String install(String partner, String extensionKey) {
        return as(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", extensionKey, "settings", Map.of()))
                .post("/api/v1/installations")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }

    private static String newPartner() {
        return "partner-" + UUID.randomUUID();
    }
}
