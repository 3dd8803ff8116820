package io.kontor.integrations.api;

import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.knownClient;
import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.owners.OwnerDoubles.webhookAtStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/** Deleting an integration stops it for good and keeps its history. */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class IntegrationDeleteTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";

    @Test
    void aDeletedIntegrationKeepsItsHistoryLeavesTheTabAndIsAnnouncedOnce() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        String kept = add(admin, clientId, partner);
        String deleted = add(admin, clientId, partner);

        given().auth().oauth2(admin).delete(PATH + "/{id}", clientId, deleted).then().statusCode(204);
        given().auth().oauth2(admin).delete(PATH + "/{id}", clientId, deleted).then().statusCode(204);

        JsonPath view = given().auth().oauth2(admin).get(PATH + "/{id}", clientId, deleted)
                .then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("status")).isEqualTo("DELETED");
        assertThat(view.getString("activationPeriods[0].deactivatedAt")).isNotNull();
        assertThat(view.getString("activationPeriods[0].deactivationReason"))
                .isEqualTo("deleted:user:user-of-" + partner);
        assertThat(ids(admin, clientId, false)).containsExactly(kept);
        assertThat(ids(admin, clientId, true)).containsExactly(kept, deleted);

        for (String change : List.of("/activate", "/deactivate", "/rotate-secret")) {
            given().auth().oauth2(admin).post(PATH + "/{id}" + change, clientId, deleted)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/integration-deleted"));
        }
        // A marker after the second delete: had it published, its event would come before this one.
        given().auth().oauth2(admin).post(PATH + "/{id}/deactivate", clientId, kept).then().statusCode(200);

        try (TopicReader reader = new TopicReader(Topics.INTEGRATIONS)) {
            List<CloudEvent> events = reader.readUntil(all -> all.stream().anyMatch(e ->
                    e.type().equals(EventTypes.INTEGRATION_DEACTIVATED.name()) && e.subject().endsWith(kept)),
                    Duration.ofSeconds(30));
            List<IntegrationDeleted> deletions = events.stream()
                    .filter(e -> e.type().equals(EventTypes.INTEGRATION_DELETED.name()))
                    .map(e -> e.data(EventTypes.INTEGRATION_DELETED))
                    .filter(d -> d.integrationId().toString().equals(deleted))
                    .toList();
            assertThat(deletions).hasSize(1);
            assertThat(deletions.get(0).deletedAt())
                    .isEqualTo(Instant.parse(view.getString("activationPeriods[0].deactivatedAt")));
        }
    }

    @Test
    void anotherFirmCannotDeleteAndAnUnreadableFlagIsRefused() {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = knownClient(partner);
        String id = add(admin, clientId, partner);

        given().auth().oauth2(TestTokens.partnerAdmin(partner())).delete(PATH + "/{id}", clientId, id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("includeDeleted", "sometimes").get(PATH, clientId)
                .then().statusCode(400).body("type", endsWith("/invalid-parameters"));
        assertThat(ids(admin, clientId, false)).containsExactly(id);
    }

    private static String add(String token, UUID clientId, String partner) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("installationId", webhookAtStore(partner).toString(),
                        "settings", Map.of("url", "https://hooks.example.com/kontor")))
                .post(PATH, clientId)
                .then().statusCode(201).extract().path("id");
    }

    private static List<String> ids(String token, UUID clientId, boolean includeDeleted) {
        return given().auth().oauth2(token).queryParam("includeDeleted", includeDeleted).get(PATH, clientId)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
