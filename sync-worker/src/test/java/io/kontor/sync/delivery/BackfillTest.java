package io.kontor.sync.delivery;

import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.sync.TestIntegration;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Backfill: documents from before the activation, listed through documents-service's API (a double on real HTTP),
 * are counted by a dry run and delivered by the real one, each once, however often it is asked.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
@WithTestResource(DocumentsDouble.class)
class BackfillTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PATH = "/api/v1/integrations/{integrationId}/backfill";
    private static WebhookReceiver receiver;

    @Inject
    DeliverySecretCipher deliveryCipher;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void theDryRunCountsThePreActivationDocumentsInRangeAndTheRealRunDeliversThemOnce() {
        Instant activatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestIntegration integration = knownIntegration(activatedAt);
        UUID client = integration.clientId();
        DocumentsDouble.has(client, DocumentType.PURCHASE_INVOICE, activatedAt.minus(Duration.ofDays(40)));
        UUID invoice = DocumentsDouble.has(client, DocumentType.PURCHASE_INVOICE, activatedAt.minus(Duration.ofDays(3)));
        UUID receipt = DocumentsDouble.has(client, DocumentType.PURCHASE_RECEIPT, activatedAt.minus(Duration.ofDays(2)));
        UUID statement = DocumentsDouble.has(client, DocumentType.MOVEMENT_REPORT, activatedAt.minus(Duration.ofDays(1)));
        DocumentCreated live = liveDocument(integration, activatedAt.plusSeconds(1));
        String token = TestTokens.partnerAdmin(integration.partnerId());
        Map<String, Object> range = range(activatedAt.minus(Duration.ofDays(30)), activatedAt.plus(Duration.ofDays(1)));

        backfill(token, integration, with(range, "dryRun", true)).statusCode(200)
                .body("dryRun", equalTo(true))
                .body("matched", equalTo(4))
                .body("alreadyDelivered", equalTo(1))
                .body("queued", equalTo(3));
        backfill(token, integration, with(with(range, "dryRun", true), "documentTypes", List.of("PURCHASE_INVOICE")))
                .statusCode(200).body("matched", equalTo(1)).body("queued", equalTo(1));
        assertThat(receiver.receivedAt(path(integration))).hasSize(1);

        backfill(token, integration, range).statusCode(200).body("dryRun", equalTo(false)).body("queued", equalTo(3));
        await().atMost(TIMEOUT).until(() -> receiver.receivedAt(path(integration)).size() == 4);
        backfill(token, integration, range).statusCode(200).body("queued", equalTo(0))
                .body("alreadyDelivered", equalTo(4));

        Set<String> delivered = receiver.receivedAt(path(integration)).stream()
                .map(request -> request.bodyText().replaceAll(".*\"documentId\":\"([^\"]+)\".*", "$1"))
                .collect(Collectors.toSet());
        assertThat(delivered).containsExactlyInAnyOrder(invoice.toString(), receipt.toString(),
                statement.toString(), live.documentId().toString());
        given().auth().oauth2(token).queryParam("status", "DELIVERED")
                .get("/api/v1/integrations/{id}/deliveries", integration.id()).then().statusCode(200)
                .body("items.findAll { it.kind == 'BACKFILL' }.size()", equalTo(3));
        assertThat(DocumentsDouble.authorizations()).contains("Bearer " + token);
        // The two real runs are on the firm's trail, the dry ones (which change nothing) are not.
        given().auth().oauth2(token).get("/api/v1/audit/deliveries").then().statusCode(200)
                .body("items.action", equalTo(List.of("deliveries.backfilled", "deliveries.backfilled")))
                .body("items.details.queued", equalTo(List.of(3, 0)))
                .body("items[0].clientId", equalTo(client.toString()));
    }

    @Test
    void aBackfillNeedsAnActiveIntegrationOfTheFirmAndARangeThatIsOne() {
        Instant activatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TestIntegration integration = knownIntegration(activatedAt);
        DocumentsDouble.hasClient(integration.clientId());
        String token = TestTokens.partnerAdmin(integration.partnerId());
        Map<String, Object> range = range(activatedAt.minus(Duration.ofDays(1)), activatedAt);

        backfill(TestTokens.partnerAdmin("partner-" + UUID.randomUUID()), integration, range).statusCode(404);
        backfill(token, integration, range(activatedAt, activatedAt)).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        backfill(token, integration, Map.of("from", "yesterday", "to", activatedAt.toString())).statusCode(400);
        backfill(token, integration, Map.of("to", activatedAt.toString())).statusCode(422);
        backfill(TestTokens.token(integration.partnerId(), "client-manager"), integration, range).statusCode(403);

        TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, integration.clientId().toString(),
                integration.deactivated(Instant.now(), "user:user-anna"));
        await().atMost(TIMEOUT).until(() -> isInactive(token, integration));
        backfill(token, integration, range).statusCode(409)
                .body("type", equalTo("https://kontor.dev/problems/integration-not-active"));
        backfill(token, integration, with(range, "dryRun", true)).statusCode(200).body("queued", equalTo(0));
    }

    private TestIntegration knownIntegration(Instant activatedAt) {
        TestIntegration integration = TestIntegration.webhook("partner-" + UUID.randomUUID(), UUID.randomUUID(),
                activatedAt);
        integration.withUrl(receiver.url(path(integration))).withSigningSecret(
                deliveryCipher.seal("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "integration:" + integration.id()),
                activatedAt);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, integration.clientId().toString(), integration.created());
        await().atMost(TIMEOUT).until(() -> given().auth().oauth2(TestTokens.partnerAdmin(integration.partnerId()))
                .get("/api/v1/integrations/{id}/deliveries", integration.id()).statusCode() == 200);
        return integration;
    }

    /** A document created after activation: documents-service lists it and it was delivered live. */
    private DocumentCreated liveDocument(TestIntegration integration, Instant createdAt) {
        UUID id = DocumentsDouble.has(integration.clientId(), DocumentType.SALES_INVOICE, createdAt);
        DocumentCreated document = new DocumentCreated(id, integration.clientId(), integration.partnerId(),
                DocumentType.SALES_INVOICE, "sale.pdf", "application/pdf", 4096, "ab".repeat(32), createdAt, null, 1,
                null);
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, integration.clientId().toString(), document);
        await().atMost(TIMEOUT).until(() -> receiver.receivedAt(path(integration)).size() == 1);
        return document;
    }

    /**
     * Whether the worker has taken the deactivation over: retry-failed is refused exactly then, and changes nothing
     * here either way (the integration has no failed delivery), unlike a real backfill.
     */
    private static boolean isInactive(String token, TestIntegration integration) {
        return given().auth().oauth2(token).post("/api/v1/integrations/{id}/retry-failed", integration.id())
                .statusCode() == 409;
    }

    private static String path(TestIntegration integration) {
        return "/hooks/" + integration.id();
    }

    private static Map<String, Object> range(Instant from, Instant to) {
        return Map.of("from", from.toString(), "to", to.toString());
    }

    private static Map<String, Object> with(Map<String, Object> request, String name, Object value) {
        Map<String, Object> extended = new HashMap<>(request);
        extended.put(name, value);
        return extended;
    }

    private static ValidatableResponse backfill(String token, TestIntegration integration, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(PATH, integration.id()).then();
    }
}
