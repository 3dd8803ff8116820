package io.kontor.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.EventJson;
import io.kontor.events.documents.DocumentType;
import io.kontor.events.integrations.IntegrationActivated;
import io.kontor.events.integrations.IntegrationCreated;
import io.kontor.events.integrations.IntegrationDeactivated;
import io.kontor.events.integrations.IntegrationDeleted;
import io.kontor.events.integrations.IntegrationSnapshot;
import io.kontor.events.integrations.IntegrationSnapshot.Period;
import io.kontor.events.integrations.IntegrationSnapshot.SealedSigningSecret;
import io.kontor.events.integrations.IntegrationUpdated;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An integration as integrations-service keeps it, producing the events it would publish: each change raises the
 * revision and every event carries the whole integration, exactly as the contract says.
 */
public final class TestIntegration {

    private final UUID id = UUID.randomUUID();
    private final UUID installationId;
    private final String extensionKey;
    private final String channel;
    private final String partnerId;
    private final UUID clientId;
    private final List<DocumentType> documentTypes;
    private final List<Period> periods = new ArrayList<>();
    private final List<SealedSigningSecret> secrets = new ArrayList<>();
    // Nothing listens on port 1: an attempt (where attempts are on) fails at once instead of waiting on DNS.
    private JsonNode settings = EventJson.mapper().createObjectNode().put("url", "http://127.0.0.1:1/kontor");
    private String status = "ACTIVE";
    private String statusReason;
    private long revision = 1;

    private TestIntegration(UUID installationId, String extensionKey, String channel, String partnerId, UUID clientId,
                            Instant activatedAt, List<DocumentType> documentTypes) {
        this.installationId = installationId;
        this.extensionKey = extensionKey;
        this.channel = channel;
        this.partnerId = partnerId;
        this.clientId = clientId;
        this.documentTypes = documentTypes;
        periods.add(new Period(activatedAt, null, null));
    }

    public static TestIntegration webhook(String partnerId, UUID clientId, Instant activatedAt,
                                          DocumentType... documentTypes) {
        return new TestIntegration(UUID.randomUUID(), "generic-webhook", "WEBHOOK", partnerId, clientId, activatedAt,
                List.of(documentTypes));
    }

    /** An integration of a mailbox-reading package, delivering to the mailboxes its client-level settings name. */
    public static TestIntegration mail(UUID installationId, String extensionKey, String partnerId, UUID clientId,
                                       Instant activatedAt, JsonNode settings) {
        TestIntegration integration = new TestIntegration(installationId, extensionKey, "EMAIL", partnerId, clientId,
                activatedAt, List.of());
        integration.settings = settings.deepCopy();
        return integration;
    }

    public TestIntegration withUrl(String url) {
        settings = EventJson.mapper().createObjectNode().put("url", url);
        return this;
    }

    public TestIntegration withSigningSecret(String sealed, Instant createdAt) {
        secrets.add(new SealedSigningSecret(sealed, createdAt, null));
        return this;
    }

    public IntegrationCreated created() {
        return new IntegrationCreated(id, clientId, partnerId, installationId, extensionKey, channel,
                documentTypes, periods.get(0).activatedAt(), snapshot());
    }

    public IntegrationDeactivated deactivated(Instant at, String reason) {
        end(at, reason);
        status = "INACTIVE";
        return new IntegrationDeactivated(id, clientId, partnerId, at, reason, changed());
    }

    public IntegrationDeactivated disabled(Instant at, UUID deliveryId) {
        String reason = "endpoint-gone:" + deliveryId;
        end(at, reason);
        status = "DISABLED";
        return new IntegrationDeactivated(id, clientId, partnerId, at, reason, changed());
    }

    public IntegrationActivated activated(Instant at) {
        periods.add(new Period(at, null, null));
        status = "ACTIVE";
        statusReason = null;
        return new IntegrationActivated(id, clientId, partnerId, at, changed());
    }

    public IntegrationUpdated updatedUrl(Instant at, String url) {
        withUrl(url);
        return new IntegrationUpdated(id, clientId, partnerId, at, List.of("settings"), changed());
    }

    public IntegrationDeleted deleted(Instant at) {
        if (periods.get(periods.size() - 1).deactivatedAt() == null) {
            end(at, "deleted:user:user-anna");
        }
        status = "DELETED";
        return new IntegrationDeleted(id, clientId, partnerId, at, changed());
    }

    public IntegrationSnapshot snapshot() {
        return new IntegrationSnapshot(id, clientId, partnerId, installationId, extensionKey, channel, status,
                statusReason, documentTypes, List.copyOf(periods), settings.deepCopy(), List.copyOf(secrets),
                revision);
    }

    public UUID id() {
        return id;
    }

    public UUID clientId() {
        return clientId;
    }

    public String partnerId() {
        return partnerId;
    }

    private void end(Instant at, String reason) {
        Period open = periods.remove(periods.size() - 1);
        periods.add(new Period(open.activatedAt(), at, reason));
        statusReason = reason;
    }

    private IntegrationSnapshot changed() {
        revision++;
        return snapshot();
    }
}
