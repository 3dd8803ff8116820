package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Firms whose clients each have two active webhook integrations pointing at the {@link WebhookSink}, set up through
 * the public APIs as a firm would: clients in documents-service, an installation of {@code generic-webhook} per firm
 * in store-service, the integrations in integrations-service. Each client gets one document <em>before</em> its
 * integrations exist, which no integration may ever receive.
 */
final class Fleet {

    static final String WEBHOOK_EXTENSION = "generic-webhook";
    static final List<String> HOOKS_PER_CLIENT = List.of("a", "b");

    /** An integration and the sink path ({@code hook}) its settings name. */
    record Integration(String id, String hook) {
    }

    record Client(String token, String clientId, List<Integration> integrations) {
    }

    private final KontorUploads uploads;
    private final List<Client> clients;

    private Fleet(KontorUploads uploads, List<Client> clients) {
        this.uploads = uploads;
        this.clients = clients;
    }

    static Fleet create(HttpClient http, LocalTokens tokens, WebhookSink sink, String name, int firms,
                        int clientsPerFirm, SampleDocuments preActivation) throws IOException, InterruptedException {
        List<String> firmTokens = new ArrayList<>();
        for (int i = 0; i < firms; i++) {
            firmTokens.add(tokens.partnerAdmin(name + "-" + i));
        }
        KontorUploads uploads = KontorUploads.forNewClients(http, firmTokens, clientsPerFirm);
        uploads.uploadOneForEachClient(preActivation);

        JsonApi api = new JsonApi(http);
        List<Client> clients = new ArrayList<>();
        for (KontorUploads.Firm firm : uploads.firms()) {
            String installationId = installWebhook(api, firm.token());
            for (String clientId : firm.clientIds()) {
                List<Integration> integrations = new ArrayList<>();
                for (String suffix : HOOKS_PER_CLIENT) {
                    String hook = clientId + "-" + suffix;
                    JsonNode created = api.post(integrationsOf(clientId), firm.token(), Map.of(
                            "installationId", installationId, "settings", Map.of("url", sink.url(hook))), 201);
                    integrations.add(new Integration(created.get("id").asText(), hook));
                }
                clients.add(new Client(firm.token(), clientId, List.copyOf(integrations)));
            }
        }
        return new Fleet(uploads, List.copyOf(clients));
    }

    /** The token's firm installs {@code generic-webhook} in store-service; answers the installation's id. */
    static String installWebhook(JsonApi api, String token) throws IOException, InterruptedException {
        return api.post(StackAddresses.LOCAL.storeUrl() + "/api/v1/installations", token,
                Map.of("extensionKey", WEBHOOK_EXTENSION, "settings", Map.of()), 201).get("id").asText();
    }

    static String integrationsOf(String clientId) {
        return StackAddresses.LOCAL.integrationsUrl() + "/api/v1/clients/" + clientId + "/integrations";
    }

    KontorUploads uploads() {
        return uploads;
    }

    List<Client> clients() {
        return clients;
    }

    int integrationCount() {
        return clients.size() * HOOKS_PER_CLIENT.size();
    }
}
