package io.kontor.integrations.api;

import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class ApiErrorsTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";

    @Test
    void aMissingInstallationAndSettingsAreListedAsInvalidFields() {
        String partner = partner();
        UUID clientId = knownClient(partner);

        given().auth().oauth2(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body(Map.of("documentTypes", new String[] {"OTHER"}))
                .post(PATH, clientId)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/validation-failed"))
                .body("errors.field", hasItem("installationId"))
                .body("errors.field", hasItem("settings"));
    }

    @Test
    void anUnknownDocumentTypeIsAMalformedRequest() {
        String partner = partner();
        UUID clientId = knownClient(partner);

        given().auth().oauth2(TestTokens.partnerAdmin(partner)).contentType(ContentType.JSON)
                .body(Map.of("installationId", UUID.randomUUID().toString(), "settings", Map.of(),
                        "documentTypes", new String[] {"LOVE_LETTER"}))
                .post(PATH, clientId)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/malformed-request"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aClientIdThatIsNoUuidIsNotFound() {
        given().auth().oauth2(TestTokens.partnerAdmin(partner())).get(PATH, "not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
