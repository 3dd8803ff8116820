package io.kontor.integrations.owners;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.EventJson;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.response.ValidatableResponse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The owners this service asks when its projection does not know an id yet, as doubles on real HTTP (see
 * {@link OwnerDouble}), and the service pointed at them. The answers have the shapes of the owners' views
 * (documents-service {@code ClientView}, store-service {@code InstallationView} and {@code ExtensionView}); the store
 * double's catalog holds the real extensions' client-level schemas. Like the PostgreSQL and Kafka of the test JVM,
 * the doubles outlive one Quarkus application.
 */
public class OwnerDoubles implements QuarkusTestResourceLifecycleManager {

    public static final OwnerDouble DOCUMENTS = new OwnerDouble();
    public static final OwnerDouble STORE = new OwnerDouble();

    /** store-service's V2 seed: the one setting per client is the URL. */
    public static final JsonNode WEBHOOK_CLIENT_SCHEMA = json("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"url": {"type": "string", "format": "uri", "maxLength": 2048, "title": "Webhook URL"}},
             "required": ["url"], "additionalProperties": false}""");
    /** store-service's V3 seed: per client, the administration's mailbox. */
    public static final JsonNode MAILBOX_CLIENT_SCHEMA = json("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
             "properties": {"mailbox": {"type": "string", "format": "email", "maxLength": 254}},
             "required": ["mailbox"], "additionalProperties": false}""");

    static {
        extension("generic-webhook", "WEBHOOK", WEBHOOK_CLIENT_SCHEMA);
        extension("generic-email", "EMAIL", MAILBOX_CLIENT_SCHEMA);
    }

    @Override
    public Map<String, String> start() {
        DOCUMENTS.start();
        STORE.start();
        return Map.of(
                "kontor.integrations.documents-url", DOCUMENTS.url(),
                "kontor.integrations.store-url", STORE.url(),
                // Short, so that the tests of an owner that does not answer do not wait the production 2 s.
                "kontor.owners.connect-timeout", "PT1S",
                "kontor.owners.read-timeout", "PT1S");
    }

    @Override
    public void stop() {
        // Other test classes of this JVM reuse the doubles, at the ports their configuration names.
    }

    public static String clientPath(UUID clientId) {
        return "/api/v1/clients/" + clientId;
    }

    public static String installationPath(UUID installationId) {
        return "/api/v1/installations/" + installationId;
    }

    /** A client documents-service has (created a moment ago); this service has not heard of it. */
    public static UUID clientAtDocuments(String partnerId, String... accountantIds) {
        return clientAtDocuments(partnerId, "Bakkerij Jansen BV", false, now(), accountantIds);
    }

    public static UUID clientAtDocuments(String partnerId, String name, boolean archived, Instant updatedAt,
                                         String... accountantIds) {
        UUID clientId = UUID.randomUUID();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", clientId);
        view.put("name", name);
        view.put("vatNumber", "NL123456789B01");
        view.put("companyNumber", null);
        view.put("country", "NL");
        view.put("externalReference", null);
        view.put("accountantIds", List.of(accountantIds));
        view.put("archived", archived);
        view.put("archivedAt", archived ? updatedAt : null);
        view.put("createdAt", updatedAt.minusSeconds(60));
        view.put("updatedAt", updatedAt);
        DOCUMENTS.put(clientPath(clientId), partnerId, view);
        return clientId;
    }

    /** An installation store-service has (installed a moment ago); this service has not heard of it. */
    public static UUID installationAtStore(String partnerId, String extensionKey, String channel) {
        UUID installationId = UUID.randomUUID();
        installationAtStore(partnerId, installationId, extensionKey, channel);
        return installationId;
    }

    public static void installationAtStore(String partnerId, UUID installationId, String extensionKey,
                                           String channel) {
        Instant now = now();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", installationId);
        view.put("extensionKey", extensionKey);
        view.put("channel", channel);
        view.put("settings", Map.of());
        view.put("configuredSecrets", List.of());
        view.put("createdAt", now);
        view.put("updatedAt", now);
        STORE.put(installationPath(installationId), partnerId, view);
    }

    public static UUID webhookAtStore(String partnerId) {
        return installationAtStore(partnerId, "generic-webhook", "WEBHOOK");
    }

    /** What the service answers while an owner it has to ask does not answer (in time, or usefully). */
    public static void ownerUnavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://kontor.dev/problems/owner-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("try again"));
    }

    private static void extension(String key, String channel, JsonNode clientSettingsSchema) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", key);
        view.put("name", key);
        view.put("vendor", "Kontor");
        view.put("description", "A catalog entry of the store double");
        view.put("category", "GENERIC");
        view.put("channel", channel);
        view.put("documentTypes", List.of("PURCHASE_INVOICE", "SALES_INVOICE", "PURCHASE_RECEIPT", "MOVEMENT_REPORT",
                "OTHER"));
        view.put("multipleInstallations", true);
        view.put("partnerSettingsSchema", json("{\"type\": \"object\"}"));
        view.put("clientSettingsSchema", clientSettingsSchema);
        STORE.put("/api/v1/extensions/" + key, null, view);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static JsonNode json(String text) {
        return EventJson.read(text.getBytes(StandardCharsets.UTF_8), JsonNode.class);
    }
}
