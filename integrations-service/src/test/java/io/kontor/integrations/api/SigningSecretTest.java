package io.kontor.integrations.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.secrets.SecretCipher;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestSecretKeys;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.owners.OwnerDoubles.installationAtStore;
import static io.kontor.integrations.owners.OwnerDoubles.webhookAtStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** Webhook signing secrets (Standard Webhooks): issued by Kontor, shown once, encrypted, rotated with overlap. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class SigningSecretTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";
    private static final String SECRET_FORMAT = "^whsec_[A-Za-z0-9+/]{43}=$";
    private static final Map<String, Object> WEBHOOK = Map.of("url", "https://hooks.example.com/kontor");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SecretCipher cipher;

    @Inject
    DeliverySecretCipher deliveryCipher;

    @Test
    void aWebhookIntegrationShowsItsSecretOnceAndStoresItEncrypted() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installation = webhookAtStore(partner);

        JsonPath created = add(admin, clientId, installation, WEBHOOK);
        String secret = created.getString("signingSecret");
        String id = created.getString("id");

        assertThat(secret).matches(SECRET_FORMAT);
        assertThat(created.getList("signingSecrets")).hasSize(1);
        assertThat(created.getString("signingSecrets[0].retiresAt")).isNull();
        assertThat(get(admin, clientId, id).getString("signingSecret")).isNull();
        assertThat(given().auth().oauth2(admin).get(PATH, clientId).then().extract().asString())
                .doesNotContain(secret);
        List<String> sealed = sealedSecrets(id);
        assertThat(sealed).hasSize(1);
        assertThat(sealed.get(0)).startsWith("v1:").doesNotContain(secret.substring(6));
        assertThat(cipher.decrypt(sealed.get(0), "integration:" + id)).isEqualTo(secret);
    }

    @Test
    void aSecretOfARetiredKeyIsStoredUnderTheCurrentKeyWhenItIsNextSentToTheWorker() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        JsonPath created = add(admin, clientId, webhookAtStore(partner), WEBHOOK);
        String id = created.getString("id");
        String owner = "integration:" + id;
        SecretCipher retired = new SecretCipher(TestSecretKeys.RETIRED_KEY_ID, TestSecretKeys.RETIRED_KEY, List.of());
        storeSealedSecret(id, retired.encrypt(created.getString("signingSecret"), owner));

        // Any change publishes the integration with its secrets, which opens them.
        given().auth().oauth2(admin).post(PATH + "/{id}/deactivate", clientId, id).then().statusCode(200);

        List<String> sealed = sealedSecrets(id);
        assertThat(sealed).singleElement().asString().startsWith("v1:" + TestSecretKeys.CURRENT_KEY_ID + ":");
        assertThat(cipher.decrypt(sealed.get(0), owner)).isEqualTo(created.getString("signingSecret"));
        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            IntegrationDeactivated deactivated = reader.readForKey(clientId.toString(), 2, Duration.ofSeconds(30))
                    .get(1).data(EventTypes.INTEGRATION_DEACTIVATED);
            assertThat(deactivated.integration().signingSecrets()).singleElement()
                    .satisfies(secret -> assertThat(deliveryCipher.open(secret.sealedSecret(), owner))
                            .isEqualTo(created.getString("signingSecret")));
        }
    }

    @Test
    void aRotationIssuesANewSecretAndKeepsTheOldOneSigningForTheOverlap() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installation = webhookAtStore(partner);
        JsonPath created = add(admin, clientId, installation, WEBHOOK);
        String id = created.getString("id");

        Instant before = Instant.now();
        JsonPath rotated = given().auth().oauth2(admin).post(PATH + "/{id}/rotate-secret", clientId, id)
                .then().statusCode(200).extract().jsonPath();

        assertThat(rotated.getString("signingSecret")).matches(SECRET_FORMAT)
                .isNotEqualTo(created.getString("signingSecret"));
        assertThat(rotated.getList("signingSecrets")).hasSize(2);
        Instant oldRetires = Instant.parse(rotated.getString("signingSecrets[0].retiresAt"));
        assertThat(oldRetires).isBetween(before.plus(Duration.ofHours(24)).minusSeconds(1),
                Instant.now().plus(Duration.ofHours(24)));
        assertThat(rotated.getString("signingSecrets[1].retiresAt")).isNull();

        // A second rotation retires the second secret; the first keeps its earlier end.
        JsonPath again = given().auth().oauth2(admin).post(PATH + "/{id}/rotate-secret", clientId, id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(Instant.parse(again.getString("signingSecrets[0].retiresAt"))).isEqualTo(oldRetires);
        assertThat(again.getString("signingSecrets[1].retiresAt")).isNotNull();
        assertThat(again.getString("signingSecrets[2].retiresAt")).isNull();
        assertThat(get(admin, clientId, id).getString("signingSecret")).isNull();
    }

    @Test
    void anEmailIntegrationHasNoSecretToRotateAndOtherFirmsCannotRotate() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID mailbox = installationAtStore(partner, "generic-email", "EMAIL");
        JsonPath created = add(admin, clientId, mailbox, Map.of("mailbox", "bakkerij@kontor-test.be"));

        assertThat(created.getString("signingSecret")).isNull();
        assertThat(created.getList("signingSecrets")).isEmpty();
        given().auth().oauth2(admin).post(PATH + "/{id}/rotate-secret", clientId, created.getString("id"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/integration-does-not-sign"));

        String id = add(admin, clientId, webhookAtStore(partner), WEBHOOK).getString("id");
        given().auth().oauth2(TestTokens.partnerAdmin(partner())).post(PATH + "/{id}/rotate-secret", clientId, id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath add(String token, UUID clientId, UUID installation, Map<String, Object> settings) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation.toString(), "settings", settings))
                .post(PATH, clientId)
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath get(String token, UUID clientId, String id) {
        return given().auth().oauth2(token).get(PATH + "/{id}", clientId, id)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Writes the secret as a row from before a key rotation would hold it. */
    private void storeSealedSecret(String integrationId, String sealed) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update signing_secret set sealed_secret = ? where integration_id = ?")) {
            statement.setString(1, sealed);
            statement.setObject(2, UUID.fromString(integrationId));
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private List<String> sealedSecrets(String integrationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select sealed_secret from signing_secret where integration_id = ? order by created_at")) {
            statement.setObject(1, UUID.fromString(integrationId));
            List<String> sealed = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sealed.add(rows.getString(1));
                }
            }
            return sealed;
        }
    }
}
