package io.kontor.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the demo partner something to look at: one client and an installation of
 * {@code generic-webhook}, each created only when the partner has none, so a restart adds nothing.
 * Goes through the public REST APIs like any client would. Seeding is a convenience: a failure is a
 * warning, never a reason to stop a stack that is otherwise up.
 */
final class DemoSeeder {

    static final String PARTNER = "demo-partner";
    static final String WEBHOOK_EXTENSION = "generic-webhook";

    /** What the demo partner has after seeding; empty where seeding failed. */
    record Seeded(Optional<String> clientId, Optional<String> installationId) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final String token;
    private final String documentsUrl;
    private final String storeUrl;

    DemoSeeder(HttpClient http, ObjectMapper json, String token, String documentsUrl, String storeUrl) {
        this.http = http;
        this.json = json;
        this.token = token;
        this.documentsUrl = documentsUrl;
        this.storeUrl = storeUrl;
    }

    Seeded seed() throws InterruptedException {
        return new Seeded(seedClient(), seedInstallation());
    }

    private Optional<String> seedClient() throws InterruptedException {
        try {
            JsonNode existing = items(send("GET", documentsUrl + "/api/v1/clients?limit=1", null, 200));
            if (existing.size() > 0) {
                return Optional.of(existing.get(0).path("id").asText());
            }
            // A valid Belgian VAT number (mod-97 check digits), so a validating service accepts it.
            JsonNode created = send("POST", documentsUrl + "/api/v1/clients", Map.of(
                    "name", "Demo Bakery BV",
                    "vatNumber", "BE0123456749",
                    "companyNumber", "0123456749",
                    "country", "BE",
                    "externalReference", "demo-client-1"), 201);
            System.out.println("  created demo client " + created.path("id").asText());
            return Optional.of(created.path("id").asText());
        } catch (SeedingFailed e) {
            System.out.println("  ! demo client not seeded: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> seedInstallation() throws InterruptedException {
        try {
            for (JsonNode installation : items(send("GET", storeUrl + "/api/v1/installations", null, 200))) {
                if (WEBHOOK_EXTENSION.equals(installation.path("extensionKey").asText())) {
                    return Optional.of(installation.path("id").asText());
                }
            }
            JsonNode created = send("POST", storeUrl + "/api/v1/installations", Map.of(
                    "extensionKey", WEBHOOK_EXTENSION,
                    "settings", Map.of()), 201);
            System.out.println("  installed " + WEBHOOK_EXTENSION + " for " + PARTNER + ": " + created.path("id").asText());
            return Optional.of(created.path("id").asText());
        } catch (SeedingFailed e) {
            System.out.println("  ! " + WEBHOOK_EXTENSION + " not installed for " + PARTNER + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A page ({@code {"items": [...]}}) or a bare array: the list inside. */
    private static JsonNode items(JsonNode body) throws SeedingFailed {
        JsonNode items = body.isArray() ? body : body.path("items");
        if (!items.isArray()) {
            throw new SeedingFailed("expected a list or {\"items\": [...]}, got " + abbreviate(body.toString()));
        }
        return items;
    }

    private JsonNode send(String method, String url, Object body, int expectedStatus)
            throws SeedingFailed, InterruptedException {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new SeedingFailed(method + " " + url + " answered " + response.statusCode() + " "
                        + abbreviate(response.body()));
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SeedingFailed(method + " " + url + " failed: " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    private static final class SeedingFailed extends Exception {
        SeedingFailed(String message) {
            super(message);
        }
    }
}
