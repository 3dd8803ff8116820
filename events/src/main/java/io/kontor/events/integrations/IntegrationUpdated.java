package io.kontor.events.integrations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code kontor.integration.updated.v1}: something other than the activation changed — the client-level settings,
 * the document types, or the signing secrets (a rotation). {@code changes} names what: {@code settings},
 * {@code documentTypes}, {@code signingSecrets}.
 */
public record IntegrationUpdated(UUID integrationId, UUID clientId, String partnerId, Instant updatedAt,
                                 List<String> changes, IntegrationSnapshot integration) {
}
