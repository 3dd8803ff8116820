package io.kontor.integrations.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.api.KnownInstallations.knownWebhookInstallation;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** An installation's integrations across clients: listing them, and activating it for many clients at once. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class InstallationIntegrationsTest {

    private static final String PATH = "/api/v1/installations/{installationId}/integrations";
    private static final String CLIENT_PATH = "/api/v1/clients/{clientId}/integrations";

    @Test
    void bulkActivationAddsEveryValidRowAsItsOwnIntegrationAndListsWhyTheOthersWereRefused() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID installation = knownWebhookInstallation(partner);
        UUID first = knownClient(partner);
        UUID second = knownClient(partner);
        UUID foreign = knownClient(partner());

        JsonPath result = bulk(admin, installation, List.of(
                row(first, "https://hooks.example.com/first"),
                row(second, "https://hooks.example.com/second"),
                row(UUID.randomUUID(), "https://hooks.example.com/nobody"),
                row(foreign, "https://hooks.example.com/foreign"),
                row(second, "not a url"),
                row(first, "https://hooks.example.com/first-again"),
                Map.of("settings", Map.of("url", "https://hooks.example.com/no-client"))))
                .statusCode(200)
                .body("created", equalTo(3))
                .body("refused", equalTo(4))
                .body("results.index", contains(0, 1, 2, 3, 4, 5, 6))
                .body("results.status", contains(201, 201, 404, 404, 422, 201, 422))
                .body("results[0].integration.clientId", equalTo(first.toString()))
                .body("results[0].integration.status", equalTo("ACTIVE"))
                .body("results[0].integration.signingSecret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$"))
                .body("results[0].problem", nullValue())
                .body("results[2].problem.type", equalTo("https://kontor.dev/problems/client-not-found"))
                .body("results[3].problem.type", equalTo("https://kontor.dev/problems/client-not-found"))
                .body("results[4].problem.errors.field", contains("$.settings.url"))
                .body("results[6].clientId", nullValue())
                .body("results[6].problem.errors.field", contains("integrations[6].clientId"))
                .extract().jsonPath();

        given().auth().oauth2(admin).get(CLIENT_PATH, first).then().statusCode(200)
                .body("items.settings.url", contains("https://hooks.example.com/first",
                        "https://hooks.example.com/first-again"));
        given().auth().oauth2(admin).get(CLIENT_PATH, second).then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(TestTokens.partnerAdmin(partner)).get(CLIENT_PATH, foreign).then().statusCode(404);
        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            List<CloudEvent> events = reader.readForKey(first.toString(), 2, Duration.ofSeconds(30));
            assertThat(events).extracting(CloudEvent::type).containsOnly(EventTypes.INTEGRATION_CREATED.name());
        }
        assertThat(result.getList("results.integration.id").stream().filter(id -> id != null).distinct())
                .hasSize(3);
    }

    @Test
    void theListShowsTheInstallationsIntegrationsAcrossClientsInPages() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID installation = knownWebhookInstallation(partner);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID client = knownClient(partner);
            added.add(given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("installationId", installation.toString(),
                            "settings", Map.of("url", "https://hooks.example.com/" + i)))
                    .post(CLIENT_PATH, client).then().statusCode(201).extract().path("id"));
        }
        bulk(admin, knownWebhookInstallation(partner), List.of(row(knownClient(partner), "https://elsewhere.example")))
                .body("created", equalTo(1));

        JsonPath page1 = list(admin, installation, "limit", "2").statusCode(200)
                .body("items.id", contains(added.get(0), added.get(1)))
                .body("items[0].signingSecrets", hasSize(1))
                .body("items[0].signingSecret", nullValue())
                .body("nextCursor", notNullValue())
                .extract().jsonPath();
        list(admin, installation, "limit", "2", "cursor", page1.getString("nextCursor")).statusCode(200)
                .body("items.id", contains(added.get(2)))
                .body("nextCursor", nullValue());

        given().auth().oauth2(admin).delete(CLIENT_PATH + "/{id}", UUID.fromString(
                given().auth().oauth2(admin).get(PATH, installation).then().extract().path("items[0].clientId")),
                added.get(0)).then().statusCode(204);
        list(admin, installation).statusCode(200).body("items.id", contains(added.get(1), added.get(2)));
        list(admin, installation, "includeDeleted", "true").statusCode(200).body("items", hasSize(3));
    }

    @Test
    void anAccountantSeesAndActivatesOnlyTheClientsAssignedToThem() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        String accountant = TestTokens.tokenForUser(partner, "user-anna", "accountant");
        UUID installation = knownWebhookInstallation(partner);
        UUID assigned = knownClient(partner, "user-anna");
        UUID notAssigned = knownClient(partner, "user-ben");

        bulk(accountant, installation, List.of(row(assigned, "https://hooks.example.com/a"),
                row(notAssigned, "https://hooks.example.com/b")))
                .statusCode(200)
                .body("results.status", contains(201, 403));
        bulk(admin, installation, List.of(row(notAssigned, "https://hooks.example.com/b")))
                .body("created", equalTo(1));

        list(accountant, installation).statusCode(200)
                .body("items.clientId", contains(assigned.toString()));
        list(admin, installation).statusCode(200).body("items", hasSize(2));
    }

    @Test
    void aClientManagerMayNotAndAnotherFirmsInstallationDoesNotExist() {
        String partner = partner();
        UUID installation = knownWebhookInstallation(partner);
        String clientManager = TestTokens.token(partner, "client-manager");

        list(clientManager, installation).statusCode(403);
        bulk(clientManager, installation, List.of(row(knownClient(partner), "https://hooks.example.com")))
                .statusCode(403);

        String stranger = TestTokens.partnerAdmin(partner());
        list(stranger, installation).statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/installation-not-found"));
        // The installation is checked before any row: no report on anyone's clients for someone else's installation.
        bulk(stranger, installation, List.of(row(knownClient(partner), "https://hooks.example.com")))
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/installation-not-found"));
    }

    @Test
    void aBulkRequestWithoutRowsOrWithTooManyIsRefusedWhole() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID installation = knownWebhookInstallation(partner);

        bulk(admin, installation, List.of()).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("integrations"));
        bulk(admin, installation, Collections.nCopies(501, row(UUID.randomUUID(), "https://hooks.example.com")))
                .statusCode(422)
                .body("errors.field", contains("integrations"));
        list(admin, installation, "limit", "0").statusCode(422).body("errors.field", contains("limit"));
        list(admin, installation, "cursor", "garbage").statusCode(422).body("errors.field", contains("cursor"));
        list(admin, installation, "includeDeleted", "maybe").statusCode(400);
    }

    private static Map<String, Object> row(UUID clientId, String url) {
        Map<String, Object> row = new HashMap<>();
        row.put("clientId", clientId.toString());
        row.put("settings", Map.of("url", url));
        return row;
    }

    private static ValidatableResponse bulk(String token, UUID installation, List<Map<String, Object>> rows) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("integrations", rows))
                .post(PATH, installation).then();
    }

    private static ValidatableResponse list(String token, UUID installation, String... query) {
        var request = given().auth().oauth2(token);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get(PATH, installation).then();
    }
}
