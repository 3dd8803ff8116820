package io.kontor.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the audit compares the receiver's log with, read through the public APIs after a drill: each client's
 * documents as documents-service lists them, and each integration's activation periods as integrations-service
 * reports them. The drill's own bookkeeping is not trusted for either.
 */
final class AuditInputs {

    private final JsonApi api;

    AuditInputs(JsonApi api) {
        this.api = api;
    }

    List<DeliveryAudit.AuditedClient> read(Fleet fleet) throws IOException, InterruptedException {
        List<DeliveryAudit.AuditedClient> clients = new ArrayList<>();
        for (Fleet.Client client : fleet.clients()) {
            Map<String, Instant> documents = new HashMap<>();
            for (JsonNode document : api.all(StackAddresses.LOCAL.documentsUrl() + "/api/v1/clients/"
                    + client.clientId() + "/documents?limit=200", client.token())) {
                documents.put(document.get("id").asText(), Instant.parse(document.get("createdAt").asText()));
            }
            List<DeliveryAudit.AuditedIntegration> integrations = new ArrayList<>();
            for (Fleet.Integration integration : client.integrations()) {
                JsonNode view = api.get(Fleet.integrationsOf(client.clientId()) + "/" + integration.id(), client.token());
                List<DeliveryAudit.Period> periods = new ArrayList<>();
                for (JsonNode period : view.path("activationPeriods")) {
                    JsonNode until = period.path("deactivatedAt");
                    periods.add(new DeliveryAudit.Period(Instant.parse(period.get("activatedAt").asText()),
                            until.isTextual() ? Instant.parse(until.asText()) : null));
                }
                integrations.add(new DeliveryAudit.AuditedIntegration(integration.hook(), List.copyOf(periods)));
            }
            clients.add(new DeliveryAudit.AuditedClient(Map.copyOf(documents), List.copyOf(integrations)));
        }
        return List.copyOf(clients);
    }
}
