package io.kontor.store.api;

import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Install, settings change (a password among them) and uninstall are on the firm's trail; no secret is. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class StoreAuditTest {

    @Test
    void installingChangingAndUninstallingAreOnTheTrailByNameWithoutTheirValues() {
        String partner = "partner-" + UUID.randomUUID();
        String admin = TestTokens.partnerAdmin(partner);
        Map<String, Object> relay = new HashMap<>(Map.of("smtpHost", "smtp.firm.example", "smtpPort", 587,
                "fromAddress", "documents@kontor-test.be", "username", "documents", "password", "first-password"));
        String id = as(admin).contentType(ContentType.JSON).body(Map.of("extensionKey", "octopus", "settings", relay))
                .post("/api/v1/installations").then().statusCode(201).extract().path("id");
        relay.put("password", "second-password");
        relay.put("smtpPort", 465);
        as(admin).contentType(ContentType.JSON).body(Map.of("settings", relay)).put("/api/v1/installations/" + id)
                .then().statusCode(200);
        as(admin).delete("/api/v1/installations/" + id).then().statusCode(204);

        String body = as(admin).get("/api/v1/audit/store").then().statusCode(200).extract().asString();
        JsonPath trail = JsonPath.from(body);
        assertThat(trail.getList("items.action", String.class)).containsExactly("extension.installed",
                "installation.settings-changed", "extension.uninstalled");
        assertThat(trail.getList("items[1].details.changedSettings", String.class))
                .containsExactly("password", "smtpPort");
        assertThat(trail.getString("items[0].subject")).isEqualTo("installations/" + id);
        assertThat(body).doesNotContain("first-password").doesNotContain("second-password");
        as(admin).get("/api/v1/audit/store/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON);
    }
}
