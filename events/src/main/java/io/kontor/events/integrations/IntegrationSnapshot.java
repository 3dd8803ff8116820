package io.kontor.events.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.documents.DocumentType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An integration as it stands after the change an event announces: everything the sync-worker needs to route a
 * document and deliver it without calling integrations-service back. Every integration event carries one, so a
 * consumer keeps the snapshot with the highest {@code revision} and needs no other state.
 *
 * @param status          {@code ACTIVE}, {@code INACTIVE}, {@code DISABLED} (the endpoint answered 410) or
 *                        {@code DELETED}
 * @param statusReason    why it is not active, when it is not: e.g. {@code user:<id>},
 *                        {@code installation-deleted:<id>}, {@code endpoint-gone:<deliveryId>}
 * @param documentTypes   the types it receives; empty means every type
 * @param settings        the client-level settings (e.g. {@code {"url": …}} of a webhook)
 * @param signingSecrets  the webhook signing secrets still valid, each sealed for the sync-worker (see
 *                        docs/architecture.md, "Secrets in events"); empty for channels that do not sign
 * @param revision        grows by one with every change of the integration
 */
public record IntegrationSnapshot(UUID integrationId, UUID clientId, String partnerId, UUID installationId,
                                  String extensionKey, String channel, String status, String statusReason,
                                  List<DocumentType> documentTypes, List<Period> activationPeriods,
                                  JsonNode settings, List<SealedSigningSecret> signingSecrets, long revision) {

    /** One activation period; an open one has no {@code deactivatedAt}. */
    public record Period(Instant activatedAt, Instant deactivatedAt, String deactivationReason) {
    }

    /**
     * A signing secret, AES-256-GCM sealed with the delivery key ({@code v1:<keyId>:<base64>}, associated data
     * {@code integration:<integrationId>}); it signs deliveries until {@code retiresAt}, or for good when that
     * is absent.
     */
    public record SealedSigningSecret(String sealedSecret, Instant createdAt, Instant retiresAt) {
    }
}
