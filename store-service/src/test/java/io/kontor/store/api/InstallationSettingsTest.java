package io.kontor.store.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationUpdated;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.secrets.SecretCipher;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestSecretKeys;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Partner-level settings: checked against the extension's JSON Schema, secrets encrypted and never shown. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class InstallationSettingsTest {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final String MAILBOX = "generic-email";

    @Inject
    EntityManager entityManager;

    @Inject
    SecretCipher cipher;

    @Inject
    DeliverySecretCipher deliveryCipher;

    @Test
    void settingsThatBreakTheSchemaAreRefusedNamingEachJsonPath() {
        String admin = TestTokens.partnerAdmin(newPartner());

        refused(admin, MAILBOX, Map.of("smtpPort", 587, "fromAddress", "docs@kontor-test.be"))
                .body("errors.field", contains("$.settings.smtpHost"));
        refused(admin, MAILBOX, Map.of("smtpHost", "smtp.firm.example", "smtpPort", "587",
                "fromAddress", "docs@kontor-test.be"))
                .body("errors.field", contains("$.settings.smtpPort"));
        refused(admin, MAILBOX, mailboxSettings(Map.of("colour", "blue")))
                .body("errors.field", contains("$.settings.colour"));
        refused(admin, MAILBOX, mailboxSettings(Map.of("fromAddress", "not an address")))
                .body("errors.field", contains("$.settings.fromAddress"));
        refused(admin, MAILBOX, Map.of("smtpPort", 70000, "tls", "yes"))
                .body("errors.field", hasItem("$.settings.smtpHost"))
                .body("errors.field", hasItem("$.settings.smtpPort"))
                .body("errors.field", hasItem("$.settings.tls"))
                .body("errors.field", hasItem("$.settings.fromAddress"));
        // The generic webhook takes no partner-level settings at all.
        refused(admin, "generic-webhook", Map.of("url", "https://example.com"))
                .body("errors.field", contains("$.settings.url"));

        as(admin).get("/api/v1/installations").then().statusCode(200).body("items", empty());
    }

    @Test
    void secretSettingsAreEncryptedAtRestAndOnlyTheirNamesAreShown() {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        String password = "pw-" + UUID.randomUUID();

        Response installed = as(admin).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", MAILBOX, "settings", mailboxSettings(Map.of("password", password))))
                .post("/api/v1/installations");
        installed.then().statusCode(201)
                .body("settings.smtpHost", equalTo("smtp.firm.example"))
                .body("settings", not(hasKey("password")))
                .body("configuredSecrets", contains("password"));
        String id = installed.path("id");

        Object[] row = stored(id);
        assertThat(row[0].toString()).doesNotContain(password).doesNotContain("password");
        assertThat((String) row[1]).startsWith("v1:test-1:").doesNotContain(password);
        assertThat(cipher.decrypt((String) row[1], "installation:" + id)).contains(password);
    }

    @Test
    void secretsOfARetiredKeyAreReadAndStoredUnderTheCurrentKeyTheNextTimeTheSettingsAreSaved() {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        String id = install(admin, mailboxSettings(Map.of("password", "s3cret-of-old")));
        String owner = "installation:" + id;
        SecretCipher retired = new SecretCipher(TestSecretKeys.RETIRED_KEY_ID, TestSecretKeys.RETIRED_KEY, List.of());
        storeSealedSecrets(id, retired.encrypt(cipher.decrypt((String) stored(id)[1], owner), owner));

        // The same settings again: nothing changes for the reader, but the secret was opened, so it moves.
        as(admin).contentType(ContentType.JSON).body(Map.of("settings", mailboxSettings(Map.of())))
                .put("/api/v1/installations/" + id)
                .then().statusCode(200).body("configuredSecrets", contains("password"));

        String renewed = (String) stored(id)[1];
        assertThat(renewed).startsWith("v1:" + TestSecretKeys.CURRENT_KEY_ID + ":");
        assertThat(cipher.decrypt(renewed, owner)).contains("s3cret-of-old");

        // A change after the move: the worker gets the same password, sealed for it.
        as(admin).contentType(ContentType.JSON).body(Map.of("settings", mailboxSettings(Map.of("smtpPort", 2525))))
                .put("/api/v1/installations/" + id).then().statusCode(200);
        try (TopicReader reader = new TopicReader(Topics.INSTALLATIONS)) {
            InstallationUpdated updated = reader.readForKey(partner, 2, KAFKA_TIMEOUT).get(1)
                    .data(EventTypes.INSTALLATION_UPDATED);
            assertThat(deliveryCipher.open(updated.partnerSettings().sealedSecrets(), owner))
                    .contains("s3cret-of-old");
        }
    }

    @Test
    void anUpdateKeepsSecretsLeftOutRemovesThoseSentAsNullAndIsPublishedOnce() {
        String partner = newPartner();
        String admin = TestTokens.partnerAdmin(partner);
        String id = install(admin, mailboxSettings(Map.of("password", "s3cret-one")));
        String location = "/api/v1/installations/" + id;

        as(admin).contentType(ContentType.JSON).body(Map.of("settings", mailboxSettings(Map.of("smtpPort", 465))))
                .put(location)
                .then().statusCode(200)
                .body("settings.smtpPort", equalTo(465))
                .body("configuredSecrets", contains("password"));
        assertThat(cipher.decrypt((String) stored(id)[1], "installation:" + id)).contains("s3cret-one");

        // The same settings again change nothing and publish nothing.
        as(admin).contentType(ContentType.JSON).body(Map.of("settings", mailboxSettings(Map.of("smtpPort", 465))))
                .put(location).then().statusCode(200);

        Map<String, Object> withoutPassword = new HashMap<>(mailboxSettings(Map.of("smtpPort", 465)));
        withoutPassword.put("password", null);
        as(admin).contentType(ContentType.JSON).body(Map.of("settings", withoutPassword))
                .put(location)
                .then().statusCode(200).body("configuredSecrets", empty());
        assertThat(stored(id)[1]).isNull();

        as(admin).delete(location).then().statusCode(204);

        try (TopicReader reader = new TopicReader(Topics.INSTALLATIONS)) {
            List<CloudEvent> events = reader.readForKey(partner, 4, KAFKA_TIMEOUT);
            assertThat(events).extracting(CloudEvent::type).containsExactly("kontor.installation.created.v1",
                    "kontor.installation.updated.v1", "kontor.installation.updated.v1",
                    "kontor.installation.deleted.v1");
            InstallationUpdated updated = events.get(1).data(EventTypes.INSTALLATION_UPDATED);
            assertThat(updated.installationId()).isEqualTo(UUID.fromString(id));
            assertThat(updated.extensionKey()).isEqualTo(MAILBOX);
            assertThat(updated.updatedAt()).isAfter(Instant.now().minusSeconds(60));
            // The worker gets the relay, and the password only sealed with the delivery key, never in clear.
            assertThat(new String(events.get(1).data())).doesNotContain("s3cret-one");
            assertThat(updated.partnerSettings().settings().path("smtpPort").asInt()).isEqualTo(465);
            assertThat(deliveryCipher.open(updated.partnerSettings().sealedSecrets(), "installation:" + id))
                    .contains("s3cret-one");
            assertThat(events.get(2).data(EventTypes.INSTALLATION_UPDATED).partnerSettings().sealedSecrets())
                    .isNull();
        }
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        String admin = TestTokens.partnerAdmin(newPartner());
        String id = install(admin, mailboxSettings(Map.of()));

        refusedUpdate(admin, id, mailboxSettings(Map.of("smtpPort", -1)))
                .body("errors.field", contains("$.settings.smtpPort"));
        refusedUpdate(admin, id, Map.of("smtpHost", "x"))
                .body("errors.field", hasItem("$.settings.fromAddress"));
        as(admin).contentType(ContentType.JSON).body("{\"settings\": [1]}").put("/api/v1/installations/" + id)
                .then().statusCode(422).contentType("application/problem+json");

        as(admin).get("/api/v1/installations/" + id).then().statusCode(200).body("settings.smtpPort", equalTo(587));
    }

    @Test
    void onlyAPartnerAdminOfTheFirmChangesSettings() {
        String partner = newPartner();
        String id = install(TestTokens.partnerAdmin(partner), mailboxSettings(Map.of()));
        Map<String, Object> body = Map.of("settings", mailboxSettings(Map.of("smtpPort", 2525)));

        as(TestTokens.token(partner, "accountant")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/installations/" + id).then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.partnerAdmin(newPartner())).contentType(ContentType.JSON).body(body)
                .put("/api/v1/installations/" + id).then().statusCode(404).contentType("application/problem+json");
        as(TestTokens.partnerAdmin(partner)).get("/api/v1/installations/" + id)
                .then().body("settings.smtpPort", equalTo(587));
    }

    @Test
    void aNewInstallationOfAnExtensionWithoutSettingsStoresNone() {
        String admin = TestTokens.partnerAdmin(newPartner());

        as(admin).contentType(ContentType.JSON).body(Map.of("extensionKey", "generic-webhook"))
                .post("/api/v1/installations")
                .then().statusCode(201).body("settings", anEmptyMap()).body("configuredSecrets", empty());
    }

    private static Map<String, Object> mailboxSettings(Map<String, Object> overrides) {
        Map<String, Object> settings = new HashMap<>(Map.of("smtpHost", "smtp.firm.example", "smtpPort", 587,
                "tls", "starttls", "username", "documents", "fromAddress", "documents@kontor-test.be"));
        settings.putAll(overrides);
        return settings;
    }

    private static String install(String admin, Map<String, Object> settings) {
        return as(admin).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", MAILBOX, "settings", settings))
                .post("/api/v1/installations")
                .then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse refused(String admin, String extension, Map<String, Object> settings) {
        return as(admin).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", extension, "settings", settings))
                .post("/api/v1/installations")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/settings-invalid"));
    }

    private static ValidatableResponse refusedUpdate(String admin, String id, Map<String, Object> settings) {
        return as(admin).contentType(ContentType.JSON).body(Map.of("settings", settings))
                .put("/api/v1/installations/" + id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/settings-invalid"));
    }

    /** The stored row as PostgreSQL has it: readable settings and the sealed secrets. */
    private Object[] stored(String installationId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select cast(settings as text), secret_settings from installation where id = ?1")
                .setParameter(1, UUID.fromString(installationId))
                .getSingleResult());
    }

    /** Writes the sealed secrets as a row from before a key rotation would hold them. */
    private void storeSealedSecrets(String installationId, String sealed) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update installation set secret_settings = ?1 where id = ?2")
                .setParameter(1, sealed)
                .setParameter(2, UUID.fromString(installationId))
                .executeUpdate());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }

    private static String newPartner() {
        return "partner-" + UUID.randomUUID();
    }
}
