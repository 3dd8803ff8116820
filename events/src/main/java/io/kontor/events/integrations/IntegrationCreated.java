package io.kontor.events.integrations;

import io.kontor.events.documents.DocumentType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code kontor.integration.created.v1}: a client's integration was added and its first activation period
 * began at {@code activatedAt}. An empty {@code documentTypes} means every type.
 */
public record IntegrationCreated(UUID integrationId, UUID clientId, String partnerId, UUID installationId,
                                 String extensionKey, String channel, List<DocumentType> documentTypes,
                                 Instant activatedAt,
                                 IntegrationSnapshot integration) {
}
