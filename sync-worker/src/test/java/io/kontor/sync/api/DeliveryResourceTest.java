package io.kontor.sync.api;

import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.sync.RoutingOnly;
import io.kontor.sync.TestIntegration;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.kontor.sync.api.SyncEvents.TIMEOUT;
import static io.kontor.sync.api.SyncEvents.knownIntegration;
import static io.kontor.sync.api.SyncEvents.partner;
import static io.kontor.sync.api.SyncEvents.publishDocument;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(RoutingOnly.class)
@WithTestResource(KontorTestEnvironment.class)
class DeliveryResourceTest {

    private static final String OF_INTEGRATION = "/api/v1/integrations/{integrationId}/deliveries";
    private static final String OF_DOCUMENT = "/api/v1/clients/{clientId}/documents/{documentId}/deliveries";

    private static JsonPath deliveriesOf(String partner, UUID integrationId) {
        return given().auth().oauth2(TestTokens.partnerAdmin(partner)).get(OF_INTEGRATION, integrationId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> documentIdsDeliveredTo(String partner, UUID integrationId) {
        return deliveriesOf(partner, integrationId).getList("items.documentId");
    }

    private static void awaitDelivered(String partner, UUID integrationId, UUID documentId) {
        await().atMost(TIMEOUT).until(() -> documentIdsDeliveredTo(partner, integrationId)
                .contains(documentId.toString()));
    }

    @Test
    void anIntegrationLearnedFromKafkaIsVisibleWithNoDeliveriesYet() {
        String partner = partner();
        TestIntegration integration = knownIntegration(partner, UUID.randomUUID(), Instant.now());

        given().auth().oauth2(TestTokens.partnerAdmin(partner)).get(OF_INTEGRATION, integration.id())
                .then().statusCode(200)
                .contentType("application/json")
                .body("items", empty())
                .body("nextCursor", nullValue());
    }

    @Test
    void anUnknownOrAnotherPartnersIntegrationIsNotFound() {
        String owner = partner();
        TestIntegration integration = knownIntegration(owner, UUID.randomUUID(), Instant.now());

        for (UUID id : new UUID[] {UUID.randomUUID(), integration.id()}) {
            given().auth().oauth2(TestTokens.partnerAdmin(partner())).get(OF_INTEGRATION, id)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://kontor.dev/problems/integration-not-found"))
                    .body("status", equalTo(404));
        }
    }

    @Test
    void aDocumentCreatedBeforeActivationGetsNoDeliveryOneCreatedAfterGetsExactlyOne() {
        String partner = partner();
        UUID clientId = UUID.randomUUID();
        Instant activatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestIntegration integration = knownIntegration(partner, clientId, activatedAt);

        DocumentCreated before = publishDocument(partner, clientId, DocumentType.PURCHASE_INVOICE,
                activatedAt.minusMillis(1));
        DocumentCreated after = publishDocument(partner, clientId, DocumentType.PURCHASE_INVOICE,
                activatedAt.plusMillis(1));
        // documents-service announcing the same document twice (a new event id) must not double the delivery
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, clientId.toString(), after);
        DocumentCreated sentinel = publishDocument(partner, clientId, DocumentType.OTHER, activatedAt.plusSeconds(1));
        awaitDelivered(partner, integration.id(), sentinel.documentId());

        assertThat(documentIdsDeliveredTo(partner, integration.id()))
                .containsExactly(sentinel.documentId().toString(), after.documentId().toString());
        given().auth().oauth2(TestTokens.partnerAdmin(partner)).get(OF_DOCUMENT, clientId, before.documentId())
                .then().statusCode(200).body("items", empty());
        String deliveryId = given().auth().oauth2(TestTokens.partnerAdmin(partner))
                .get(OF_DOCUMENT, clientId, after.documentId())
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].integrationId", equalTo(integration.id().toString()))
                .body("items[0].status", equalTo("QUEUED"))
                .extract().path("items[0].id");

        given().auth().oauth2(TestTokens.partnerAdmin(partner)).get("/api/v1/deliveries/{id}", deliveryId)
                .then().statusCode(200)
                .body("id", equalTo(deliveryId))
                .body("documentId", equalTo(after.documentId().toString()))
                .body("clientId", equalTo(clientId.toString()))
                .body("documentType", equalTo("PURCHASE_INVOICE"))
                .body("status", equalTo("QUEUED"))
                .body("attemptCount", equalTo(0))
                .body("nextAttemptAt", notNullValue())
                .body("attempts", empty());
        given().auth().oauth2(TestTokens.partnerAdmin(partner())).get("/api/v1/deliveries/{id}", deliveryId)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/delivery-not-found"));
        given().auth().oauth2(TestTokens.partnerAdmin(partner())).get(OF_DOCUMENT, clientId, after.documentId())
                .then().statusCode(404)
                .body("type", equalTo("https://kontor.dev/problems/document-not-found"));
    }

    @Test
    void eachIntegrationOfTheClientGetsTheDocumentsOfItsTypes() {
        String partner = partner();
        UUID clientId = UUID.randomUUID();
        Instant activatedAt = Instant.now();
        TestIntegration everything = knownIntegration(partner, clientId, activatedAt);
        TestIntegration salesOnly = knownIntegration(partner, clientId, activatedAt, DocumentType.SALES_INVOICE);
        TestIntegration otherClient = knownIntegration(partner, UUID.randomUUID(), activatedAt);

        DocumentCreated purchase = publishDocument(partner, clientId, DocumentType.PURCHASE_INVOICE,
                activatedAt.plusSeconds(1));
        DocumentCreated sales = publishDocument(partner, clientId, DocumentType.SALES_INVOICE,
                activatedAt.plusSeconds(2));
        awaitDelivered(partner, everything.id(), sales.documentId());
        awaitDelivered(partner, salesOnly.id(), sales.documentId());

        assertThat(documentIdsDeliveredTo(partner, everything.id()))
                .containsExactlyInAnyOrder(purchase.documentId().toString(), sales.documentId().toString());
        assertThat(documentIdsDeliveredTo(partner, salesOnly.id()))
                .containsExactly(sales.documentId().toString());
        assertThat(documentIdsDeliveredTo(partner, otherClient.id())).isEmpty();
    }

    @Test
    void aDocumentCreatedBetweenTwoActivationPeriodsIsNotDelivered() {
        String partner = partner();
        UUID clientId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestIntegration integration = knownIntegration(partner, clientId, t0);
        UUID id = integration.id();
        TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, clientId.toString(),
                integration.deactivated(t0.plusSeconds(10), "user:user-anna"));
        TestEvents.publish(EventTypes.INTEGRATION_ACTIVATED, clientId.toString(),
                integration.activated(t0.plusSeconds(20)));

        DocumentCreated inFirst = publishDocument(partner, clientId, DocumentType.OTHER, t0.plusSeconds(5));
        DocumentCreated inGap = publishDocument(partner, clientId, DocumentType.OTHER, t0.plusSeconds(15));
        DocumentCreated inSecond = publishDocument(partner, clientId, DocumentType.OTHER, t0.plusSeconds(25));
        awaitDelivered(partner, id, inSecond.documentId());
        awaitDelivered(partner, id, inFirst.documentId());

        assertThat(documentIdsDeliveredTo(partner, id))
                .containsExactlyInAnyOrder(inFirst.documentId().toString(), inSecond.documentId().toString())
                .doesNotContain(inGap.documentId().toString());
    }

    @Test
    void deactivatingAnIntegrationCancelsItsPendingDeliveries() {
        String partner = partner();
        UUID clientId = UUID.randomUUID();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestIntegration integration = knownIntegration(partner, clientId, t0);
        DocumentCreated document = publishDocument(partner, clientId, DocumentType.OTHER, t0.plusSeconds(1));
        awaitDelivered(partner, integration.id(), document.documentId());

        TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, clientId.toString(),
                integration.deactivated(t0.plusSeconds(2), "user:user-anna"));

        await().atMost(TIMEOUT).until(() -> "CANCELLED".equals(deliveriesOf(partner, integration.id())
                .getString("items[0].status")));
        assertThat(deliveriesOf(partner, integration.id()).getString("items[0].lastError"))
                .contains("inactive", "user:user-anna");
    }

    @Test
    void anActivationConsumedAfterADocumentItCoversStillRoutesIt() {
        String partner = partner();
        UUID clientId = UUID.randomUUID();
        Instant activatedAt = Instant.now().minusSeconds(60);
        DocumentCreated document = publishDocument(partner, clientId, DocumentType.MOVEMENT_REPORT, Instant.now());
        await().atMost(TIMEOUT).until(() -> given().auth().oauth2(TestTokens.partnerAdmin(partner))
                .get(OF_DOCUMENT, clientId, document.documentId()).statusCode() == 200);

        TestIntegration integration = knownIntegration(partner, clientId, activatedAt);

        awaitDelivered(partner, integration.id(), document.documentId());
        given().auth().oauth2(TestTokens.partnerAdmin(partner)).get(OF_DOCUMENT, clientId, document.documentId())
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anIntegrationsDeliveriesComePageByPageNewestFirst() {
        String partner = partner();
        UUID clientId = UUID.randomUUID();
        Instant activatedAt = Instant.now();
        UUID id = knownIntegration(partner, clientId, activatedAt).id();
        DocumentCreated last = null;
        for (int i = 1; i <= 3; i++) {
            last = publishDocument(partner, clientId, DocumentType.OTHER, activatedAt.plusSeconds(i));
        }
        awaitDelivered(partner, id, last.documentId());
        await().atMost(TIMEOUT).until(() -> documentIdsDeliveredTo(partner, id).size() == 3);
        String token = TestTokens.partnerAdmin(partner);

        JsonPath first = given().auth().oauth2(token).queryParam("limit", 2).get(OF_INTEGRATION, id)
                .then().statusCode(200).body("items", hasSize(2)).body("nextCursor", notNullValue())
                .extract().jsonPath();
        JsonPath second = given().auth().oauth2(token).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .get(OF_INTEGRATION, id)
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .extract().jsonPath();
        List<String> all = new ArrayList<>(first.getList("items.id"));
        all.addAll(second.getList("items.id"));
        assertThat(all).doesNotHaveDuplicates().hasSize(3);
        given().auth().oauth2(token).queryParam("status", "DELIVERED").get(OF_INTEGRATION, id)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(token).queryParam("cursor", "garbage!").get(OF_INTEGRATION, id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/invalid-cursor"))
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(token).queryParam("limit", 0).get(OF_INTEGRATION, id)
                .then().statusCode(422)
                .body("type", equalTo("https://kontor.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(token).queryParam("status", "SENT").queryParam("limit", "many")
                .get(OF_INTEGRATION, id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kontor.dev/problems/invalid-parameters"))
                .body("errors.field", containsInAnyOrder("status", "limit"))
                .body("detail", containsString("QUEUED, RETRYING, DELIVERED, FAILED, CANCELLED"));
    }
}
