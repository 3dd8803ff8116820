package io.kontor.integrations.api;

import io.kontor.events.EventTypes;
import io.kontor.events.clients.ClientCreated;
import io.kontor.testing.TestEvents;
import io.kontor.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Creates clients the way documents-service does, by an event on the real broker, and waits until known here. */
final class KnownClients {

    private KnownClients() {
    }

    static ClientCreated clientCreated(String partnerId, String... accountantIds) {
        return new ClientCreated(UUID.randomUUID(), partnerId, "Bakkerij De Vries BV", "NL123456789B01", null, "NL",
                null, List.of(accountantIds), Instant.now());
    }

    static UUID knownClient(String partnerId, String... accountantIds) {
        ClientCreated client = clientCreated(partnerId, accountantIds);
        TestEvents.publish(EventTypes.CLIENT_CREATED, client.clientId().toString(), client);
        awaitKnown(partnerId, client.clientId());
        return client.clientId();
    }

    static void awaitKnown(String partnerId, UUID clientId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> given()
                .auth().oauth2(TestTokens.partnerAdmin(partnerId))
                .get("/api/v1/clients/{clientId}/integrations", clientId)
                .statusCode() == 200);
    }

    static String partner() {
        return "partner-" + UUID.randomUUID();
    }
}
