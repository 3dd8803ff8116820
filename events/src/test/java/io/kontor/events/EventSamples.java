package io.kontor.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.events.clients.ClientArchived;
import io.kontor.events.clients.ClientCreated;
import io.kontor.events.clients.ClientUpdated;
import io.kontor.events.documents.DocumentCreated;
import io.kontor.events.documents.DocumentMetadata;
import io.kontor.events.documents.DocumentType;
import io.kontor.events.documents.DocumentUpdated;
import io.kontor.events.installations.InstallationCreated;
import io.kontor.events.installations.InstallationDeleted;
import io.kontor.events.installations.InstallationUpdated;
import io.kontor.events.installations.PartnerSettings;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.events.integrations.IntegrationSnapshot;
import io.kontor.events.integrations.IntegrationUpdated;
import io.kontor.events.deliveries.DeliveryFailed;
import io.kontor.events.deliveries.DeliverySucceeded;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One fully populated example of every event; the golden files are these, written as JSON. */
final class EventSamples {

    static final UUID CLIENT = UUID.fromString("0b9a3c8e-5f41-4d6e-9b7a-2c1d8e4f6a01");
    static final UUID DOCUMENT = UUID.fromString("5d2e7f10-3a4b-4c5d-8e9f-0a1b2c3d4e02");
    static final UUID INSTALLATION = UUID.fromString("7c3d9e21-4b5c-4d6e-9f0a-1b2c3d4e5f03");
    static final UUID INTEGRATION = UUID.fromString("9e4f0a32-5c6d-4e7f-a01b-2c3d4e5f6a04");
    static final UUID DOCUMENT_EARLIER = UUID.fromString("3b1c5d60-2e7f-4a8b-9c0d-1e2f3a4b5c06");
    static final String PARTNER = "partner-demo";
    static final Instant T = Instant.parse("2026-01-15T09:30:00Z");

    static final JsonNode WEBHOOK_CLIENT_SETTINGS_SCHEMA = JsonNodeFactory.instance.objectNode()
            .put("type", "object")
            .put("additionalProperties", false)
            .<ObjectNode>set("required", JsonNodeFactory.instance.arrayNode().add("url"))
            .set("properties", JsonNodeFactory.instance.objectNode().set("url", JsonNodeFactory.instance.objectNode()
                    .put("type", "string").put("format", "uri")));

    /** An EMAIL installation as the sync-worker sees it: the firm's relay, its password sealed, the package's ways. */
    static final PartnerSettings MAIL_RELAY = new PartnerSettings(JsonNodeFactory.instance.objectNode()
            .put("smtpHost", "smtp.firm.example").put("smtpPort", 587).put("tls", "starttls")
            .put("username", "kontor").put("fromAddress", "documents@firm.example"),
            "v1:delivery-1:8fZ1AAAAAAAAAAAAeyJwYXNzd29yZCI6IHNlYWxlZH0=",
            JsonNodeFactory.instance.objectNode().put("subject", "{type} {reference}")
                    .<ObjectNode>set("mailboxes", JsonNodeFactory.instance.objectNode()
                            .put("SALES_INVOICE", "salesMailbox"))
                    .set("mediaTypes", JsonNodeFactory.instance.arrayNode().add("application/pdf").add("image/*")));

    static final UUID DELIVERY = UUID.fromString("1f5a6b43-6d7e-4f80-b12c-3d4e5f6a7b05");

    static final List<DocumentType> INVOICES = List.of(DocumentType.PURCHASE_INVOICE, DocumentType.SALES_INVOICE);

    static final IntegrationSnapshot.SealedSigningSecret SIGNING_SECRET = new IntegrationSnapshot.SealedSigningSecret(
            "v1:delivery-1:3q2+7wAAAAAAAAAAc2VhbGVkIGZvciB0aGUgc3luYy13b3JrZXI=", T, null);

    static IntegrationSnapshot snapshot(String status, String statusReason, long revision,
                                        IntegrationSnapshot.Period... periods) {
        return new IntegrationSnapshot(INTEGRATION, CLIENT, PARTNER, INSTALLATION, "generic-webhook", "WEBHOOK",
                status, statusReason, INVOICES, List.of(periods),
                JsonNodeFactory.instance.objectNode().put("url", "https://hooks.example.com/kontor"),
                List.of(SIGNING_SECRET), revision);
    }

    static final Map<EventType<?>, Object> ALL = Map.ofEntries(
            Map.entry(EventTypes.CLIENT_CREATED, new ClientCreated(CLIENT, PARTNER, "Bakkerij De Vries BV",
                    "NL123456789B01", "12345678", "NL", "CRM-0042", List.of("user-anna"), T)),
            Map.entry(EventTypes.CLIENT_UPDATED, new ClientUpdated(CLIENT, PARTNER, "Bakkerij De Vries B.V.",
                    "NL123456789B01", "12345678", "NL", "CRM-0042", List.of("user-anna", "user-ben"), T)),
            Map.entry(EventTypes.CLIENT_ARCHIVED, new ClientArchived(CLIENT, PARTNER, T)),
            Map.entry(EventTypes.DOCUMENT_CREATED, new DocumentCreated(DOCUMENT, CLIENT, PARTNER,
                    DocumentType.PURCHASE_INVOICE, "invoice-2026-001.xml", "application/xml", 10_240,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", T,
                    new DocumentMetadata("2026-001", LocalDate.parse("2026-01-14"), LocalDate.parse("2026-02-13"),
                            "Molen Meel NV", "BE0123456789", "EUR", new BigDecimal("100.00"),
                            new BigDecimal("21.00"), new BigDecimal("121.00"), "flour, January"), 1, null)),
            Map.entry(EventTypes.DOCUMENT_UPDATED, new DocumentUpdated(DOCUMENT, CLIENT, PARTNER,
                    DocumentType.PURCHASE_INVOICE, 2,
                    new DocumentMetadata("2026-001", LocalDate.parse("2026-01-14"), LocalDate.parse("2026-02-28"),
                            "Molen Meel NV", "BE0123456789", "EUR", new BigDecimal("100.00"),
                            new BigDecimal("21.00"), new BigDecimal("121.00"), "flour, January; paid by transfer"),
                    List.of("dueDate", "note"), T.plusSeconds(3600), "user-anna", DOCUMENT_EARLIER)),
            Map.entry(EventTypes.INSTALLATION_CREATED, new InstallationCreated(INSTALLATION, PARTNER,
                    "generic-webhook", "WEBHOOK", T, WEBHOOK_CLIENT_SETTINGS_SCHEMA, PartnerSettings.none())),
            Map.entry(EventTypes.INSTALLATION_UPDATED, new InstallationUpdated(INSTALLATION, PARTNER,
                    "dext", "EMAIL", T, MAIL_RELAY)),
            Map.entry(EventTypes.INSTALLATION_DELETED, new InstallationDeleted(INSTALLATION, PARTNER,
                    "generic-webhook", T)),
            Map.entry(EventTypes.INTEGRATION_CREATED, new IntegrationCreated(INTEGRATION, CLIENT, PARTNER,
                    INSTALLATION, "generic-webhook", "WEBHOOK", INVOICES, T,
                    snapshot("ACTIVE", null, 1, new IntegrationSnapshot.Period(T, null, null)))),
            Map.entry(EventTypes.INTEGRATION_ACTIVATED, new IntegrationActivated(INTEGRATION, CLIENT, PARTNER,
                    T.plusSeconds(7200), snapshot("ACTIVE", null, 3,
                            new IntegrationSnapshot.Period(T, T.plusSeconds(3600), "user:user-anna"),
                            new IntegrationSnapshot.Period(T.plusSeconds(7200), null, null)))),
            Map.entry(EventTypes.INTEGRATION_DEACTIVATED, new IntegrationDeactivated(INTEGRATION, CLIENT, PARTNER,
                    T.plusSeconds(3600), "endpoint-gone:" + DELIVERY, snapshot("DISABLED", "endpoint-gone:" + DELIVERY,
                            2, new IntegrationSnapshot.Period(T, T.plusSeconds(3600), "endpoint-gone:" + DELIVERY)))),
            Map.entry(EventTypes.INTEGRATION_UPDATED, new IntegrationUpdated(INTEGRATION, CLIENT, PARTNER,
                    T.plusSeconds(60), List.of("settings"),
                    snapshot("ACTIVE", null, 2, new IntegrationSnapshot.Period(T, null, null)))),
            Map.entry(EventTypes.INTEGRATION_DELETED, new IntegrationDeleted(INTEGRATION, CLIENT, PARTNER,
                    T.plusSeconds(3600), snapshot("DELETED", "deleted:user:user-anna", 2,
                            new IntegrationSnapshot.Period(T, T.plusSeconds(3600), "deleted:user:user-anna")))),
            Map.entry(EventTypes.DELIVERY_SUCCEEDED, new DeliverySucceeded(DELIVERY, DOCUMENT, INTEGRATION, CLIENT,
                    PARTNER, 2, 204, T.plusSeconds(5))),
            Map.entry(EventTypes.DELIVERY_FAILED, new DeliveryFailed(DELIVERY, DOCUMENT, INTEGRATION, CLIENT, PARTNER,
                    1, 410, "the receiver answered 410 Gone", true, T.plusSeconds(3600))));

    private EventSamples() {
    }
}
