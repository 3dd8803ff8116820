package io.kontor.sync.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import io.kontor.events.EventJson;
import io.kontor.events.EventTypes;
import io.kontor.events.Topics;
import io.kontor.events.cloudevents.CloudEvent;
import io.kontor.events.deliveries.DeliveryFailed;
import io.kontor.events.deliveries.DeliverySucceeded;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.sync.TestIntegration;
import io.kontor.testing.KontorTestEnvironment;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;
import io.kontor.testing.TopicReader;
import io.kontor.testing.GrafanaDashboard;
import io.kontor.testing.PrometheusScrape;
import io.kontor.testing.TestSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Documents reach a real HTTP receiver on loopback, signed (checked with the Standard Webhooks reference library),
 * retried on the schedule (shortened in tests), and every attempt and outcome is on record and on
 * {@code kontor.deliveries}.
 */
@QuarkusTest
@WithTestResource(KontorTestEnvironment.class)
class DeliveryEngineTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static WebhookReceiver receiver;

    @Inject
    DeliverySecretCipher deliveryCipher;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aNewDocumentReachesTheReceiverSignedWithAThinCloudEventAndALinkToTheOriginal() throws Exception {
        String secret = newSecret();
        Hook hook = hook(secret);
        DocumentCreated document = publishDocument(hook);

        JsonPath delivery = awaitStatus(hook, document, "DELIVERED");

        WebhookReceiver.Received request = receiver.receivedAt(hook.path()).get(0);
        assertThat(request.header("webhook-id")).isEqualTo(delivery.getString("id"));
        assertThat(request.header("content-type")).startsWith("application/json");
        assertThatNoException().isThrownBy(() -> new Webhook(secret).verify(request.bodyText(), lowerCase(request)));
        JsonNode body = EventJson.read(request.body(), JsonNode.class);
        assertThat(body.path("specversion").asText()).isEqualTo("1.0");
        assertThat(body.path("id").asText()).isEqualTo(delivery.getString("id"));
        assertThat(body.path("type").asText()).isEqualTo("kontor.document.created.v1");
        assertThat(body.path("data").path("documentId").asText()).isEqualTo(document.documentId().toString());
        assertThat(body.path("data").path("downloadUrl").asText())
                .startsWith("http://localhost:8081/api/v1/downloads/");
        assertThat(Instant.parse(body.path("data").path("downloadUrlExpiresAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofHours(23)));

        JsonPath detail = detail(hook, delivery.getString("id"));
        assertThat(detail.getInt("attempts.size()")).isEqualTo(1);
        assertThat(detail.getInt("attempts[0].httpStatus")).isEqualTo(204);
        assertThat(detail.getString("deliveredAt")).isNotNull();
        try (TopicReader reader = new TopicReader(Topics.DELIVERIES)) {
            CloudEvent event = reader.readUntil(events -> events.stream().anyMatch(e -> e.subject() != null
                    && e.subject().endsWith(delivery.getString("id"))), TIMEOUT).stream()
                    .filter(e -> e.subject() != null && e.subject().endsWith(delivery.getString("id")))
                    .findFirst().orElseThrow();
            DeliverySucceeded succeeded = event.data(EventTypes.DELIVERY_SUCCEEDED);
            assertThat(succeeded.httpStatus()).isEqualTo(204);
            assertThat(succeeded.attempts()).isEqualTo(1);
        }
    }

    @Test
    void aDocumentFromBeforeActivationIsNotDeliveredOneFromAfterReachesBothOfTheClientsIntegrations()
            throws Exception {
        String firstSecret = newSecret();
        String secondSecret = newSecret();
        Hook first = hook(firstSecret);
        TestIntegration sibling = TestIntegration.webhook(first.integration().partnerId(),
                first.integration().clientId(), Instant.now().minusSeconds(1));
        String siblingPath = "/hooks/" + sibling.id();
        sibling.withUrl(receiver.url(siblingPath)).withSigningSecret(
                deliveryCipher.seal(secondSecret, "integration:" + sibling.id()), Instant.now());
        Hook second = known(sibling, siblingPath);
        DocumentCreated before = document(first, Instant.now().minus(Duration.ofHours(1)));
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, before.clientId().toString(), before);

        DocumentCreated after = publishDocument(first);
        await().atMost(TIMEOUT).until(() -> receiver.receivedAt(first.path()).size() == 1
                && receiver.receivedAt(second.path()).size() == 1);

        for (Hook hook : List.of(first, second)) {
            WebhookReceiver.Received request = receiver.receivedAt(hook.path()).get(0);
            assertThat(EventJson.read(request.body(), JsonNode.class).path("data").path("documentId").asText())
                    .isEqualTo(after.documentId().toString());
            String secret = hook == first ? firstSecret : secondSecret;
            assertThatNoException().isThrownBy(() -> new Webhook(secret).verify(request.bodyText(),
                    lowerCase(request)));
        }
        assertThat(receiver.receivedAt(first.path()).get(0).header("webhook-id"))
                .isNotEqualTo(receiver.receivedAt(second.path()).get(0).header("webhook-id"));
        given().auth().oauth2(TestTokens.partnerAdmin(first.integration().partnerId()))
                .get("/api/v1/clients/{clientId}/documents/{documentId}/deliveries", before.clientId(),
                        before.documentId())
                .then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aDeliveryWaitingForARetryCannotBeResentAndIsCancelledWhenTheIntegrationIsDeactivated() throws Exception {
        Hook hook = hook(newSecret());
        receiver.answer(hook.path(), 429);
        DocumentCreated document = publishDocument(hook);
        JsonPath retrying = awaitStatus(hook, document, "RETRYING");
        assertThat(Instant.parse(retrying.getString("nextAttemptAt"))).isAfter(Instant.now().plusSeconds(3000));
        given().auth().oauth2(TestTokens.partnerAdmin(hook.integration().partnerId()))
                .post("/api/v1/deliveries/{id}/retry", retrying.getString("id"))
                .then().statusCode(409)
                .body("type", equalTo("https://kontor.dev/problems/delivery-still-pending"));

        TestEvents.publish(EventTypes.INTEGRATION_DEACTIVATED, hook.integration().clientId().toString(),
                hook.integration().deactivated(Instant.now(), "user:user-anna"));

        JsonPath cancelled = awaitStatus(hook, document, "CANCELLED");
        assertThat(cancelled.getString("nextAttemptAt")).isNull();
        assertThat(receiver.receivedAt(hook.path())).hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedUnderTheSameIdUntilItArrives() throws Exception {
        Hook hook = hook(newSecret());
        receiver.answer(hook.path(), 500, 503);
        DocumentCreated document = publishDocument(hook);

        JsonPath delivery = awaitStatus(hook, document, "DELIVERED");

        List<WebhookReceiver.Received> requests = receiver.receivedAt(hook.path());
        assertThat(requests).hasSize(3)
                .extracting(request -> request.header("webhook-id")).containsOnly(delivery.getString("id"));
        JsonPath detail = detail(hook, delivery.getString("id"));
        assertThat(detail.getList("attempts.httpStatus", Integer.class)).containsExactly(500, 503, 204);
        assertThat(detail.getList("attempts.errorClass", String.class)).containsExactly("http-5xx", "http-5xx", null);
        assertThat(detail.getList("attempts.attemptNumber", Integer.class)).containsExactly(1, 2, 3);
    }

    @Test
    void aReceiverThatKeepsFailingEndsFailedAfterTheLastAttemptAndCanBeRetriedByHand() throws Exception {
        Hook hook = hook(newSecret());
        receiver.answer(hook.path(), 500, 500, 500, 500);
        DocumentCreated document = publishDocument(hook);

        JsonPath failed = awaitStatus(hook, document, "FAILED");
        assertThat(failed.getInt("attemptCount")).isEqualTo(4);
        assertThat(failed.getString("lastError")).contains("gave up after 4 attempts");

        given().auth().oauth2(TestTokens.partnerAdmin(hook.integration().partnerId()))
                .post("/api/v1/deliveries/{id}/retry", failed.getString("id"))
                .then().statusCode(200).body("status", equalTo("QUEUED"));
        JsonPath resent = awaitStatus(hook, document, "DELIVERED");
        assertThat(resent.getString("id")).isEqualTo(failed.getString("id"));
        assertThat(receiver.receivedAt(hook.path())).hasSize(5);
    }

    @Test
    void aClientErrorFailsAtOnceAndA410DisablesTheIntegration() throws Exception {
        Hook rejecting = hook(newSecret());
        receiver.answer(rejecting.path(), 400);
        JsonPath rejected = awaitStatus(rejecting, publishDocument(rejecting), "FAILED");
        assertThat(rejected.getInt("attemptCount")).isEqualTo(1);

        Hook gone = hook(newSecret());
        receiver.answer(gone.path(), 410);
        JsonPath goneDelivery = awaitStatus(gone, publishDocument(gone), "FAILED");
        try (TopicReader reader = new TopicReader(Topics.DELIVERIES)) {
            DeliveryFailed report = reader.readForKey(gone.integration().clientId().toString(), 1, TIMEOUT).get(0)
                    .data(EventTypes.DELIVERY_FAILED);
            assertThat(report.deliveryId().toString()).isEqualTo(goneDelivery.getString("id"));
            assertThat(report.endpointGone()).isTrue();
            assertThat(report.httpStatus()).isEqualTo(410);
        }
    }

    @Test
    void duringARotationEveryDeliveryCarriesBothSignatures() throws Exception {
        String oldSecret = newSecret();
        String newSecret = newSecret();
        TestIntegration integration = TestIntegration.webhook("partner-" + UUID.randomUUID(), UUID.randomUUID(),
                Instant.now().minusSeconds(1));
        String path = "/hooks/" + integration.id();
        integration.withUrl(receiver.url(path))
                .withSigningSecret(deliveryCipher.seal(oldSecret, "integration:" + integration.id()), Instant.now())
                .withSigningSecret(deliveryCipher.seal(newSecret, "integration:" + integration.id()), Instant.now());
        Hook hook = known(integration, path);
        DocumentCreated document = publishDocument(hook);

        awaitStatus(hook, document, "DELIVERED");

        WebhookReceiver.Received request = receiver.receivedAt(path).get(0);
        assertThat(request.header("webhook-signature").split(" ")).hasSize(2);
        assertThatNoException().isThrownBy(() -> new Webhook(oldSecret).verify(request.bodyText(),
                lowerCase(request)));
        assertThatNoException().isThrownBy(() -> new Webhook(newSecret).verify(request.bodyText(),
                lowerCase(request)));
    }

    /** An integration of a fresh client pointing at its own path of the receiver. */
    @Test
    void aDeliveryContinuesTheTraceOfItsDocumentEventFromConsumerSpanToAttemptSpanToWebhookAndDeliveryEvent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String uploadSpanId = "00f067aa0ba902b7";
        Hook hook = hook(newSecret());
        DocumentCreated document = document(hook, Instant.now());
        CloudEvent created = CloudEvent.of(EventTypes.DOCUMENT_CREATED, "/kontor/documents-service",
                document.clientId().toString(), null, document)
                .withTraceparent("00-" + traceId + "-" + uploadSpanId + "-01");
        TestEvents.publish(Topics.DOCUMENTS, created);

        String deliveryId = awaitStatus(hook, document, "DELIVERED").getString("id");

        SpanData consumer = TestSpans.awaitSpan(spans, span -> created.id().equals(
                span.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))), TIMEOUT);
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isEqualTo(traceId);
        assertThat(consumer.getParentSpanId()).isEqualTo(uploadSpanId);
        assertThat(storedTraceparent(deliveryId)).isEqualTo("00-" + traceId + "-" + consumer.getSpanId() + "-01");

        SpanData attempt = attemptSpanOf(deliveryId);
        assertThat(attempt.getTraceId()).isEqualTo(traceId);
        assertThat(attempt.getParentSpanId()).isEqualTo(consumer.getSpanId());
        assertThat(attempt.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(attempt.getAttributes().get(AttributeKey.stringKey("kontor.integration.id")))
                .isEqualTo(hook.integration().id().toString());
        assertThat(attempt.getAttributes().get(AttributeKey.stringKey("kontor.delivery.channel"))).isEqualTo("WEBHOOK");
        assertThat(attempt.getAttributes().get(AttributeKey.longKey("kontor.delivery.attempt"))).isEqualTo(1L);
        assertThat(attempt.getAttributes().get(AttributeKey.stringKey("kontor.delivery.outcome")))
                .isEqualTo("delivered");
        assertThat(attempt.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(204L);

        String attemptContext = "00-" + traceId + "-" + attempt.getSpanId() + "-01";
        assertThat(receiver.receivedAt(hook.path()).get(0).header("traceparent")).isEqualTo(attemptContext);
        try (TopicReader reader = new TopicReader(Topics.DELIVERIES)) {
            CloudEvent succeeded = reader.readUntil(events -> events.stream().anyMatch(e -> e.subject() != null
                    && e.subject().endsWith(deliveryId)), TIMEOUT).stream()
                    .filter(e -> e.subject() != null && e.subject().endsWith(deliveryId)).findFirst().orElseThrow();
            assertThat(succeeded.traceparent()).isEqualTo(attemptContext);
        }
    }

    @Test
    void aDocumentEventWithoutTraceparentIsDeliveredInANewTraceThatItsConsumerSpanStarts() {
        Hook hook = hook(newSecret());
        DocumentCreated document = document(hook, Instant.now());
        CloudEvent created = TestEvents.publish(EventTypes.DOCUMENT_CREATED, document.clientId().toString(), document);

        String deliveryId = awaitStatus(hook, document, "DELIVERED").getString("id");

        SpanData consumer = TestSpans.awaitSpan(spans, span -> created.id().equals(
                span.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))), TIMEOUT);
        assertThat(consumer.getParentSpanContext().isValid()).isFalse();
        SpanData attempt = attemptSpanOf(deliveryId);
        assertThat(attempt.getTraceId()).isEqualTo(consumer.getTraceId());
        assertThat(attempt.getParentSpanId()).isEqualTo(consumer.getSpanId());
    }

    @Test
    void everyAttemptIsCountedByChannelAndOutcomeAndTimedInHistogramBuckets() {
        PrometheusScrape before = PrometheusScrape.now();
        Hook hook = hook(newSecret());
        receiver.answer(hook.path(), 503);
        awaitStatus(hook, publishDocument(hook), "DELIVERED");
        Hook rejecting = hook(newSecret());
        receiver.answer(rejecting.path(), 400);
        awaitStatus(rejecting, publishDocument(rejecting), "FAILED");

        await().atMost(TIMEOUT).untilAsserted(() -> {
            PrometheusScrape after = PrometheusScrape.now();
            for (String outcome : List.of("delivered", "retry", "failed")) {
                assertThat(after.value("kontor_delivery_attempts_total", "channel", "WEBHOOK", "outcome", outcome))
                        .as(outcome).isGreaterThanOrEqualTo(before.value("kontor_delivery_attempts_total",
                                "channel", "WEBHOOK", "outcome", outcome) + 1);
            }
            assertThat(after.value("kontor_delivery_attempt_seconds_count", "channel", "WEBHOOK"))
                    .isGreaterThanOrEqualTo(before.value("kontor_delivery_attempt_seconds_count", "channel", "WEBHOOK")
                            + 3);
            assertThat(after.value("kontor_delivery_attempt_seconds_bucket", "channel", "WEBHOOK", "le", "+Inf"))
                    .isEqualTo(after.value("kontor_delivery_attempt_seconds_count", "channel", "WEBHOOK"));
            assertThat(after.samples("kontor_delivery_attempt_seconds_bucket")).hasSizeGreaterThan(10);
        });
    }

    @Test
    void queuedAndRetryingDeliveriesShowInTheirMetrics() {
        PrometheusScrape before = PrometheusScrape.now();
        Hook hook = hook(newSecret());
        receiver.answer(hook.path(), 429);
        DocumentCreated document = publishDocument(hook);

        awaitStatus(hook, document, "RETRYING");

        await().atMost(TIMEOUT).untilAsserted(() -> {
            PrometheusScrape after = PrometheusScrape.now();
            assertThat(after.value("kontor_deliveries_created_total", "kind", "live"))
                    .isGreaterThanOrEqualTo(before.value("kontor_deliveries_created_total", "kind", "live") + 1);
            assertThat(after.value("kontor_deliveries_retrying")).isGreaterThanOrEqualTo(1);
            assertThat(after.names()).contains("kontor_deliveries_due");
        });
    }

    @Test
    void everyMetricTheGrafanaDashboardQueriesOutsideDocumentsServiceIsExposed() {
        Hook hook = hook(newSecret());
        awaitStatus(hook, publishDocument(hook), "DELIVERED");

        // documents-service's own metrics are checked by its tests; every other panel reads what the worker exposes
        // too (deliveries, its inbox and outbox, HTTP, JVM).
        Set<String> queried = GrafanaDashboard.metricNames().stream()
                .filter(name -> !name.startsWith("kontor_documents_")).collect(Collectors.toSet());
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(PrometheusScrape.now().names()).containsAll(queried));
    }

    private SpanData attemptSpanOf(String deliveryId) {
        return TestSpans.awaitSpan(spans, span -> deliveryId.equals(
                span.getAttributes().get(AttributeKey.stringKey("kontor.delivery.id"))), TIMEOUT);
    }

    private String storedTraceparent(String deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select traceparent from delivery where id = ?1")
                .setParameter(1, UUID.fromString(deliveryId)).getSingleResult());
    }

    private record Hook(TestIntegration integration, String path) {
    }

    private Hook hook(String secret) {
        TestIntegration integration = TestIntegration.webhook("partner-" + UUID.randomUUID(), UUID.randomUUID(),
                Instant.now().minusSeconds(1));
        String path = "/hooks/" + integration.id();
        integration.withUrl(receiver.url(path))
                .withSigningSecret(deliveryCipher.seal(secret, "integration:" + integration.id()), Instant.now());
        return known(integration, path);
    }

    private static Hook known(TestIntegration integration, String path) {
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, integration.clientId().toString(), integration.created());
        await().atMost(TIMEOUT).until(() -> given().auth().oauth2(TestTokens.partnerAdmin(integration.partnerId()))
                .get("/api/v1/integrations/{id}/deliveries", integration.id()).statusCode() == 200);
        return new Hook(integration, path);
    }

    private static DocumentCreated publishDocument(Hook hook) {
        DocumentCreated document = document(hook, Instant.now());
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, document.clientId().toString(), document);
        return document;
    }

    private static DocumentCreated document(Hook hook, Instant createdAt) {
        return new DocumentCreated(UUID.randomUUID(), hook.integration().clientId(),
                hook.integration().partnerId(), DocumentType.PURCHASE_INVOICE, "invoice.pdf", "application/pdf", 2048,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                createdAt.truncatedTo(ChronoUnit.MICROS), null, 1, null);
    }

    private static JsonPath awaitStatus(Hook hook, DocumentCreated document, String status) {
        String token = TestTokens.partnerAdmin(hook.integration().partnerId());
        String path = "/api/v1/clients/{clientId}/documents/{documentId}/deliveries";
        await().atMost(TIMEOUT).alias("delivery of " + document.documentId() + " becomes " + status)
                .until(() -> status.equals(given().auth().oauth2(token)
                .get(path, document.clientId(), document.documentId()).then().extract().path("items[0].status")));
        return given().auth().oauth2(token).get(path, document.clientId(), document.documentId())
                .then().statusCode(200).extract().jsonPath().setRootPath("items[0]");
    }

    private static JsonPath detail(Hook hook, String deliveryId) {
        return given().auth().oauth2(TestTokens.partnerAdmin(hook.integration().partnerId()))
                .get("/api/v1/deliveries/{id}", deliveryId).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, List<String>> lowerCase(WebhookReceiver.Received request) {
        return request.headers().entrySet().stream().collect(Collectors.toMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
