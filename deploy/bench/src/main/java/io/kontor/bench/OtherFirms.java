package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.kontor.bench.Progress.say;

/**
 * Other firms' webhook integrations, added through the public APIs so that every service's copy of them (the
 * integrations-service's own, the sync-worker's routing projection) is the one real use would build: per firm one
 * partner-admin token, one installation of {@code generic-webhook}, its clients imported as one CSV, and two
 * integrations per client in one bulk activation. Their clients never get a document, so none is ever delivered.
 */
final class OtherFirms {

    /** The most rows one bulk activation takes: one request per firm. */
    static final int INTEGRATIONS_PER_FIRM = 500;

    private final LocalTokens tokens;
    private final JsonApi api;
    private final String runId;
    private final WebhookSink sink;
    private int firms;

    /**
     * @param sink where their webhooks would go; never called, since their clients get no documents
     */
    OtherFirms(LocalTokens tokens, JsonApi api, String runId, WebhookSink sink) {
        this.tokens = tokens;
        this.api = api;
        this.runId = runId;
        this.sink = sink;
    }

    /** How many integrations each firm gets: full firms, then the rest; two per client. */
    static List<Integer> integrationsPerFirm(int integrations) {
        List<Integer> firms = new ArrayList<>();
        for (int left = integrations; left > 0; left -= INTEGRATIONS_PER_FIRM) {
            firms.add(Math.min(left, INTEGRATIONS_PER_FIRM));
        }
        return List.copyOf(firms);
    }

    /**
     * The {@code i}th of a series of valid Belgian VAT numbers (0, eight digits, then 97 minus their remainder by
     * 97): a CSV import refuses a VAT number twice in one file.
     */
    static String belgianVatNumber(int i) {
        int number = 4_000_000 + i;
        return String.format(Locale.ROOT, "BE0%07d%02d", number, 97 - number % 97);
    }

    /** Adds {@code integrations} integrations in new firms. */
    void add(int integrations) throws IOException, InterruptedException {
        for (int firmIntegrations : integrationsPerFirm(integrations)) {
            addFirm(firmIntegrations);
        }
    }

    private void addFirm(int integrations) throws IOException, InterruptedException {
        String partner = "scale-" + runId + "-other-" + firms++;
        String token = tokens.partnerAdmin(partner);
        String installationId = Fleet.installWebhook(api, token);
        int clients = (integrations + 1) / 2;
        StringBuilder csv = new StringBuilder("name;vatNumber;country\n");
        for (int i = 0; i < clients; i++) {
            csv.append("Other client ").append(i).append(" of ").append(partner).append(';').append(belgianVatNumber(i)).append(";BE\n");
        }
        JsonNode imported = api.postCsv(StackAddresses.LOCAL.documentsUrl() + "/api/v1/clients/import", token,
                csv.toString(), 201);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < integrations; i++) {
            String clientId = imported.path("clients").path(i / 2).path("id").asText();
            rows.add(Map.of("clientId", clientId, "settings", Map.of("url", sink.url(partner + "-" + i))));
        }
        JsonNode added = api.post(StackAddresses.LOCAL.integrationsUrl() + "/api/v1/installations/" + installationId
                + "/integrations", token, Map.of("integrations", rows), 200);
        if (added.path("created").asInt() != integrations) {
            throw new IOException("bulk activation for " + partner + " added " + added.path("created").asInt() + " of "
                    + integrations + " integrations; the first refusal: " + firstRefusal(added));
        }
        say("  " + partner + ": " + clients + " clients, " + integrations + " integrations");
    }

    private static String firstRefusal(JsonNode added) {
        for (JsonNode result : added.path("results")) {
            if (result.path("status").asInt() != 201) {
                return result.path("problem").toString();
            }
        }
        return "none listed";
    }
}
