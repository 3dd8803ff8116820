package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Kontor's JSON endpoints as a frontend calls them, with a partner's bearer token; an unexpected status is an error. */
final class JsonApi {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    /** HTTP/1.1, as the services' clients mostly speak it; one per run, its connections reused. */
    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    JsonApi(HttpClient http) {
        this.http = http;
    }

    JsonNode get(String url, String token) throws IOException, InterruptedException {
        return send("GET", url, token, null, null, 200);
    }

    JsonNode post(String url, String token, Object body, int expectedStatus) throws IOException, InterruptedException {
        return send("POST", url, token, "application/json", body == null ? null : JSON.writeValueAsString(body),
                expectedStatus);
    }

    /** A CSV file as the body, as documents-service's client import takes it. */
    JsonNode postCsv(String url, String token, String csv, int expectedStatus) throws IOException, InterruptedException {
        return send("POST", url, token, "text/csv", csv, expectedStatus);
    }

    /** Every item of a paged list ({@code items}, {@code nextCursor}), following the cursor to the end. */
    List<JsonNode> all(String url, String token) throws IOException, InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String separator = url.contains("?") ? "&" : "?";
            JsonNode page = get(cursor == null ? url : url + separator + "cursor=" + cursor, token);
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        return items;
    }

    private JsonNode send(String method, String url, String token, String contentType, String body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IOException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
