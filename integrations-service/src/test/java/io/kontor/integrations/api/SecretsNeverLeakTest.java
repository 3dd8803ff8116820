package io.kontor.integrations.api;

import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.LogCapture;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.owners.OwnerDoubles.webhookAtStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook signing secret is shown once, in the response that issues it, and then never again: not in any other
 * response, not in any log line the service writes (at debug level too), not in any event on kontor.integrations,
 * where the worker gets it sealed with the delivery key.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class SecretsNeverLeakTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";
    private static final Map<String, Object> WEBHOOK = Map.of("url", "https://hooks.example.com/kontor");

    private LogCapture log;

    @BeforeEach
    void captureEveryLogLine() {
        log = LogCapture.atDebugLevel();
    }

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    @Test
    void aSigningSecretAppearsOnlyInTheResponseThatIssuesIt() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        UUID installation = webhookAtStore(partner);
        List<String> bodies = new ArrayList<>();

        var added = as(admin).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation.toString(), "settings", WEBHOOK))
                .post(PATH, clientId).then().statusCode(201).extract();
        String first = added.path("signingSecret");
        String id = added.path("id");
        String location = PATH + "/" + id;
        bodies.add(as(admin).get(location, clientId).then().statusCode(200).extract().asString());
        bodies.add(as(admin).get(PATH, clientId).then().statusCode(200).extract().asString());
        bodies.add(as(admin).get("/api/v1/installations/{id}/integrations", installation)
                .then().statusCode(200).extract().asString());
        bodies.add(as(admin).contentType(ContentType.JSON)
                .body(Map.of("settings", Map.of("url", "https://hooks.example.com/v2")))
                .put(location, clientId).then().statusCode(200).extract().asString());
        // Refused: the problem names what is wrong, never a secret.
        bodies.add(as(admin).contentType(ContentType.JSON).body(Map.of("settings", Map.of("url", 5)))
                .put(location, clientId).then().statusCode(422).extract().asString());

        var rotation = as(admin).post(location + "/rotate-secret", clientId).then().statusCode(200).extract();
        String second = rotation.path("signingSecret");
        assertThat(rotation.asString()).as("the rotation shows the new secret only").doesNotContain(first);
        bodies.add(as(admin).post(location + "/deactivate", clientId).then().statusCode(200).extract().asString());
        bodies.add(as(admin).post(location + "/activate", clientId).then().statusCode(200).extract().asString());
        bodies.add(as(admin).get(location, clientId).then().statusCode(200).extract().asString());
        as(admin).delete(location, clientId).then().statusCode(204);

        List<String> secrets = List.of(first, second, withoutPrefix(first), withoutPrefix(second));
        Logger.getLogger("io.kontor.integrations").info("canary " + id);
        assertThat(log.lines()).as("the capture sees the service's log")
                .anyMatch(line -> line.contains("canary " + id));
        assertThat(bodies).hasSize(8).allSatisfy(body -> assertThat(body).doesNotContain(secrets));
        assertThat(log.lines()).as("log lines written while the secrets were handled")
                .noneMatch(line -> secrets.stream().anyMatch(line::contains));
        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            // created, updated, updated (rotation), deactivated, activated, deleted
            List<CloudEvent> events = reader.readForKey(clientId.toString(), 6, Duration.ofSeconds(30));
            assertThat(events).allSatisfy(event -> {
                assertThat(new String(event.data(), StandardCharsets.UTF_8)).doesNotContain(secrets);
                event.headers().values().forEach(header ->
                        assertThat(new String(header, StandardCharsets.UTF_8)).doesNotContain(secrets));
            });
        }
    }

    /** The base64 itself, which a careless encoder could print without its prefix. */
    private static String withoutPrefix(String secret) {
        return secret.substring("whsec_".length());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }
}
