package io.kontor.sync.api;

import io.kontor.events.EventTypes;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentType;
import io.kontor.sync.TestIntegration;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Events as integrations-service and documents-service publish them, on the real broker. */
final class SyncEvents {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SyncEvents() {
    }

    static String partner() {
        return "partner-" + UUID.randomUUID();
    }

    /** Publishes the creation and waits until the worker knows the integration. */
    static TestIntegration knownIntegration(String partnerId, UUID clientId, Instant activatedAt,
                                            DocumentType... types) {
        TestIntegration integration = TestIntegration.webhook(partnerId, clientId, activatedAt, types);
        TestEvents.publish(EventTypes.INTEGRATION_CREATED, clientId.toString(), integration.created());
        awaitKnown(partnerId, integration.id());
        return integration;
    }

    static void awaitKnown(String partnerId, UUID integrationId) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100)).until(() -> given()
                .auth().oauth2(TestTokens.partnerAdmin(partnerId))
                .get("/api/v1/integrations/{id}/deliveries", integrationId)
                .statusCode() == 200);
    }

    static DocumentCreated documentCreated(String partnerId, UUID clientId, DocumentType type, Instant createdAt) {
        return new DocumentCreated(UUID.randomUUID(), clientId, partnerId, type, "invoice.xml", "application/xml",
                1024, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", createdAt, null, 1,
                null);
    }

    static DocumentCreated publishDocument(String partnerId, UUID clientId, DocumentType type, Instant createdAt) {
        DocumentCreated document = documentCreated(partnerId, clientId, type, createdAt);
        TestEvents.publish(EventTypes.DOCUMENT_CREATED, clientId.toString(), document);
        return document;
    }
}
