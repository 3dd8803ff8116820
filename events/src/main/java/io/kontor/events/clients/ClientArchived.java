package io.kontor.events.clients;

import java.time.Instant;
import java.util.UUID;

/** {@code kontor.client.archived.v1}: the client left the active directory; its history stays. */
public record ClientArchived(UUID clientId, String partnerId, Instant archivedAt) {
}
