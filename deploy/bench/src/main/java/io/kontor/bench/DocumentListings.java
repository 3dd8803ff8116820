package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One client's folder views through documents-service's API: {@code GET /api/v1/clients/{clientId}/documents}. */
final class DocumentListings {

    private final HttpClient http;
    private final JsonApi api;
    private final String token;
    private final String documentsUrl;

    DocumentListings(HttpClient http, String token, UUID clientId) {
        this.http = http;
        this.api = new JsonApi(http);
        this.token = token;
        this.documentsUrl = StackAddresses.LOCAL.documentsUrl() + "/api/v1/clients/" + clientId + "/documents";
    }

    /** One request for the view; success is a 200 with at least one document (an empty page measures nothing). */
    LoadRun.Operation listing(ListingQuery query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(documentsUrl + "?" + query.queryString()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET().build();
        return worker -> {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            // A page of 50 is at least a few KB; an empty one ({"items":[],…}) is far below that.
            return response.body().length > 1000 ? null : "empty page";
        };
    }

    /**
     * A page in the middle of the newest-first list, by the API's own cursor: the newest document created before
     * {@code instant} is the last one of a one-document page of the list filtered to before it, and that page's
     * nextCursor continues the unfiltered list after it (a cursor carries the sort and the key, not the filter).
     * Following nextCursor from the first page instead would take 10,000 requests at a million documents.
     */
    ListingQuery deepPageBefore(Instant instant) throws IOException, InterruptedException {
        JsonNode page = api.get(documentsUrl + "?limit=1&createdTo=" + instant, token);
        JsonNode last = page.path("items").path(0);
        String cursor = page.path("nextCursor").asText(null);
        if (last.isMissingNode() || cursor == null) {
            throw new IOException("no document before " + instant + " to start a deep page from: was the client seeded?");
        }
        return ListingQuery.deepPage(cursor, new ListingQuery.Key(Instant.parse(last.path("createdAt").asText()),
                UUID.fromString(last.path("id").asText())));
    }
}
