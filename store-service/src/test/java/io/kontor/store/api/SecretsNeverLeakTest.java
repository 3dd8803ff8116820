package io.kontor.store.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.LogCapture;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A secret setting goes in and is used, but never comes out: not in any response body, not in any log line the
 * service writes while handling it, at every log level.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class SecretsNeverLeakTest {

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
    void aSecretSettingAppearsInNoResponseAndNoLogLine() {
        String partner = "partner-" + UUID.randomUUID();
        String admin = TestTokens.partnerAdmin(partner);
        String secret = "secret-" + UUID.randomUUID();
        String otherSecret = "secret-" + UUID.randomUUID();
        List<String> bodies = new ArrayList<>();

        String id = as(admin).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", "octopus", "settings", settings(secret, 587)))
                .post("/api/v1/installations")
                .then().statusCode(201).extract().path("id");
        String location = "/api/v1/installations/" + id;
        bodies.add(as(admin).get(location).then().statusCode(200).extract().asString());
        bodies.add(as(admin).get("/api/v1/installations").then().statusCode(200).extract().asString());
        // Refused with the secret in the request: the 422 names the field, never the value.
        bodies.add(as(admin).contentType(ContentType.JSON)
                .body(Map.of("settings", settings(otherSecret, -5)))
                .put(location).then().statusCode(422).extract().asString());
        // A second install of a one-per-firm extension, secret included: 409.
        bodies.add(as(admin).contentType(ContentType.JSON)
                .body(Map.of("extensionKey", "octopus", "settings", settings(otherSecret, 587)))
                .post("/api/v1/installations").then().statusCode(409).extract().asString());
        bodies.add(as(admin).contentType(ContentType.JSON)
                .body(Map.of("settings", settings(otherSecret, 2525)))
                .put(location).then().statusCode(200).extract().asString());
        bodies.add(as(admin).get(location).then().statusCode(200).extract().asString());

        Logger.getLogger("io.kontor.store").info("canary " + id);
        assertThat(log.lines()).as("the capture sees the service's log")
                .anyMatch(line -> line.contains("canary " + id));
        assertThat(bodies).hasSize(6).allSatisfy(body -> assertThat(body)
                .doesNotContain(secret).doesNotContain(otherSecret));
        assertThat(log.lines()).as("log lines written while the secrets were handled")
                .noneMatch(line -> line.contains(secret) || line.contains(otherSecret));
    }

    private static Map<String, Object> settings(String password, int port) {
        Map<String, Object> settings = new HashMap<>(Map.of("smtpHost", "smtp.firm.example", "smtpPort", port,
                "fromAddress", "documents@kontor-test.be"));
        settings.put("password", password);
        return settings;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }
}
