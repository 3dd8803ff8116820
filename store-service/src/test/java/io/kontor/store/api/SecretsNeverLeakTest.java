package io.kontor.store.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
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

    /** The test's own HTTP client, which at debug level logs what it sends: the secret, of course. */
    private static final String TEST_CLIENT_LOGGERS = "org.apache.http";

    private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith(TEST_CLIENT_LOGGERS)) {
                return;
            }
            StringWriter line = new StringWriter();
            line.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(String.valueOf(parameter));
                }
            }
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(line));
            }
            logLines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void captureEveryLogLine() {
        Logger root = Logger.getLogger("");
        previousLevel = root.getLevel();
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        // Debug output too: what a troubleshooting operator would switch on must not leak either.
        root.setLevel(Level.FINE);
    }

    @AfterEach
    void stopCapturing() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.setLevel(previousLevel);
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
        assertThat(logLines).as("the capture sees the service's log").anyMatch(line -> line.contains("canary " + id));
        assertThat(bodies).hasSize(6).allSatisfy(body -> assertThat(body)
                .doesNotContain(secret).doesNotContain(otherSecret));
        assertThat(logLines).as("log lines written while the secrets were handled")
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
