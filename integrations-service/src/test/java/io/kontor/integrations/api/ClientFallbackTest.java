package io.kontor.integrations.api;

import io.agroal.api.AgroalDataSource;
import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.integrations.owners.OwnerDouble;
import io.kontor.integrations.owners.OwnerDoubles;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.kontor.integrations.api.KnownClients.partner;
import static io.kontor.integrations.owners.OwnerDoubles.DOCUMENTS;
import static io.kontor.integrations.owners.OwnerDoubles.clientAtDocuments;
import static io.kontor.integrations.owners.OwnerDoubles.clientPath;
import static io.kontor.integrations.owners.OwnerDoubles.ownerUnavailable;
import static io.kontor.integrations.owners.OwnerDoubles.webhookAtStore;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A client created a moment ago, whose {@code kontor.clients} event has not arrived here: documents-service, asked
 * with the caller's token, decides whether it exists for the caller's firm.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(OwnerDoubles.class)
class ClientFallbackTest {

    private static final String PATH = "/api/v1/clients/{clientId}/integrations";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aClientOnlyDocumentsServiceKnowsGetsItsIntegrationAndIsRecordedHere() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner, "user-anna");

        add(admin, clientId, webhookAtStore(partner)).statusCode(201)
                .body("clientId", equalTo(clientId.toString()));

        Rows rows = new Rows(dataSource);
        assertThat(rows.text("select concat_ws('|', partner_id, name, accountant_ids::text, archived::text) "
                + "from known_client where client_id = ?", clientId))
                .isEqualTo(partner + "|Bakkerij Jansen BV|[\"user-anna\"]|false");
        assertThat(DOCUMENTS.requestsTo(clientPath(clientId))).extracting(OwnerDouble.Request::authorization)
                .containsExactly("Bearer " + admin);
        // Recorded: the next request is answered from here.
        given().auth().oauth2(admin).get(PATH, clientId).then().statusCode(200).body("items.size()", equalTo(1));
        assertThat(DOCUMENTS.requestsTo(clientPath(clientId))).hasSize(1);
    }

    @Test
    void aClientDocumentsServiceDoesNotKnowIsNotFoundAndNothingIsRecorded() throws SQLException {
        String partner = partner();
        UUID clientId = UUID.randomUUID();

        notFound(add(TestTokens.partnerAdmin(partner), clientId, webhookAtStore(partner)));
        assertThat(new Rows(dataSource).knownClients(clientId)).isZero();
    }

    @Test
    void anotherFirmsClientIsNotFoundThoughDocumentsServiceHasIt() throws SQLException {
        UUID clientId = clientAtDocuments(partner());
        String intruder = partner();
        String intrudersToken = TestTokens.partnerAdmin(intruder);

        notFound(add(intrudersToken, clientId, webhookAtStore(intruder)));
        given().auth().oauth2(intrudersToken).get(PATH, clientId).then().statusCode(404);
        assertThat(new Rows(dataSource).knownClients(clientId)).isZero();
        // documents-service judged the intruder's own token.
        assertThat(DOCUMENTS.requestsTo(clientPath(clientId))).extracting(OwnerDouble.Request::authorization)
                .containsOnly("Bearer " + intrudersToken);
    }

    @Test
    void anAccountantManagesAClientLearnedFromDocumentsServiceOnlyWhenAssignedToIt() {
        String partner = partner();
        UUID clientId = clientAtDocuments(partner, "user-anna");
        UUID installation = webhookAtStore(partner);

        add(TestTokens.tokenForUser(partner, "user-bob", "accountant"), clientId, installation)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/forbidden"));
        add(TestTokens.tokenForUser(partner, "user-anna", "accountant"), clientId, installation).statusCode(201);
    }

    @Test
    void aClientDocumentsServiceHasArchivedGetsNoIntegration() {
        String partner = partner();
        UUID clientId = clientAtDocuments(partner, "Archief BV", true, Instant.now());

        add(TestTokens.partnerAdmin(partner), clientId, webhookAtStore(partner))
                .statusCode(409)
                .body("type", equalTo("https://kontor.dev/problems/client-archived"));
    }

    @Test
    void anUnreachableDocumentsServiceIsA503WithRetryAfterAndNothingIsWritten() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = webhookAtStore(partner);

        DOCUMENTS.stop();
        try {
            ownerUnavailable(add(admin, clientId, installation));
            ownerUnavailable(given().auth().oauth2(admin).get(PATH, clientId).then());
        } finally {
            DOCUMENTS.start();
        }

        assertThat(new Rows(dataSource).knownClients(clientId)).isZero();
        // Once it answers again, so does this service, and the integration list is still empty.
        given().auth().oauth2(admin).get(PATH, clientId).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aDocumentsServiceThatAnswersTooLateOrWithAServerErrorIsA503() throws SQLException {
        String partner = partner();
        String admin = TestTokens.partnerAdmin(partner);
        UUID clientId = clientAtDocuments(partner);
        UUID installation = webhookAtStore(partner);

        try {
            DOCUMENTS.answerAfter(Duration.ofSeconds(5));
            long started = System.nanoTime();
            ownerUnavailable(add(admin, clientId, installation));
            // The configured read timeout (1 s in tests), not the owner, decides how long the caller waits.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

            DOCUMENTS.behave();
            DOCUMENTS.failWith(500);
            ownerUnavailable(add(admin, clientId, installation));
        } finally {
            DOCUMENTS.behave();
        }
        assertThat(new Rows(dataSource).knownClients(clientId)).isZero();
    }

    @Test
    void anAnswerThatIsNotAClientIsA503NotA500() throws SQLException {
        String partner = partner();
        UUID clientId = UUID.randomUUID();
        DOCUMENTS.put(clientPath(clientId), partner, Map.of("id", clientId, "archived", false));

        ownerUnavailable(add(TestTokens.partnerAdmin(partner), clientId, webhookAtStore(partner)));
        assertThat(new Rows(dataSource).knownClients(clientId)).isZero();
    }

    @Test
    void laterClientEventsNeitherDuplicateNorRollBackWhatDocumentsServiceTold() throws SQLException {
        String partner = partner();
        Instant told = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID clientId = clientAtDocuments(partner, "Jansen Holding BV", false, told, "user-anna");
        add(TestTokens.partnerAdmin(partner), clientId, webhookAtStore(partner)).statusCode(201);
        Rows rows = new Rows(dataSource);
        String state = "select concat_ws('|', name, accountant_ids::text) from known_client where client_id = ?";

        // The creation, published before documents-service was asked, arrives only now.
        CloudEvent created = TestEvents.publish(EventTypes.CLIENT_CREATED, clientId.toString(), new ClientCreated(
                clientId, partner, "Jansen BV", "NL123456789B01", null, "NL", null, List.of(), told.minusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.processed(created.id()));
        assertThat(rows.text(state, clientId)).isEqualTo("Jansen Holding BV|[\"user-anna\"]");
        assertThat(rows.knownClients(clientId)).isEqualTo(1);

        // A later change is followed as usual.
        TestEvents.publish(EventTypes.CLIENT_UPDATED, clientId.toString(), new ClientUpdated(clientId, partner,
                "Jansen Groep BV", "NL123456789B01", null, "NL", null, List.of("user-anna", "user-bob"),
                told.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Jansen Groep BV|[\"user-anna\", \"user-bob\"]"
                .equals(rows.text(state, clientId)));
    }

    private static ValidatableResponse add(String token, UUID clientId, UUID installation) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("installationId", installation.toString(),
                        "settings", Map.of("url", "https://hooks.example.com/kontor")))
                .post(PATH, clientId).then();
    }

    private static void notFound(ValidatableResponse response) {
        response.statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/client-not-found"));
    }
}
