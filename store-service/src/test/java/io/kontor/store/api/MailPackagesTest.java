package io.kontor.store.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The accounting packages that read documents from a mailbox (migration V4): listed with the channel that works
 * for them, installed with the firm's SMTP relay, and installed with their conventions for the sync-worker.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class MailPackagesTest {

    private static final List<String> MAIL_EXTENSIONS = List.of("generic-email", "octopus", "yuki", "exact-online",
            "dext", "datev-unternehmen-online");
    private static final Map<String, Object> RELAY = Map.of("smtpHost", "smtp.firm.example", "smtpPort", 587,
            "tls", "starttls", "username", "documents", "password", "relay-password", "fromAddress",
            "documents@kontor-test.be");

    @Test
    void everyMailExtensionAsksForTheFirmsRelayWithThePasswordAsASecret() {
        as(TestTokens.partnerAdmin("partner-x")).queryParam("channel", "EMAIL").get("/api/v1/extensions")
                .then().statusCode(200).body("items.key", hasItems(MAIL_EXTENSIONS.toArray()));
        for (String key : MAIL_EXTENSIONS) {
            as(TestTokens.partnerAdmin("partner-x")).get("/api/v1/extensions/" + key)
                    .then().statusCode(200)
                    .body("channel", equalTo("EMAIL"))
                    .body("partnerSettingsSchema.required", hasItem("smtpHost"))
                    .body("partnerSettingsSchema.properties.password.writeOnly", equalTo(true))
                    .body("partnerSettingsSchema.properties.tls.enum", equalTo(List.of("starttls", "tls", "none")))
                    .body("clientSettingsSchema.required", hasItem("mailbox"));
        }
    }

    @Test
    void twinfieldIsNotListedWithoutAChannelThatReachesIt() {
        as(TestTokens.partnerAdmin("partner-x")).queryParam("q", "twinfield").get("/api/v1/extensions")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void anInstalledPackageTellsTheSyncWorkerItsConventionsAndTheSealedRelay() {
        String partner = "partner-" + UUID.randomUUID();
        String id = as(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", "dext", "settings", RELAY))
                .post("/api/v1/installations")
                .then().statusCode(201).extract().path("id");

        try (TopicReader reader = new TopicReader(Topics.INSTALLATIONS)) {
            CloudEvent event = reader.readForKey(partner, 1, Duration.ofSeconds(30)).get(0);
            InstallationCreated created = event.data(EventTypes.INSTALLATION_CREATED);
            assertThat(created.installationId()).isEqualTo(UUID.fromString(id));
            JsonNode conventions = created.partnerSettings().deliveryConventions();
            assertThat(conventions.path("mailboxes").path("SALES_INVOICE").get(0).asText()).isEqualTo("salesMailbox");
            assertThat(conventions.path("mediaTypes").toString()).contains("application/pdf");
            assertThat(created.partnerSettings().settings().path("smtpHost").asText()).isEqualTo("smtp.firm.example");
            assertThat(created.partnerSettings().settings().has("password")).isFalse();
            assertThat(created.partnerSettings().sealedSecrets()).startsWith("v1:test-delivery-1:");
            assertThat(new String(event.data())).doesNotContain("relay-password");
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }
}
