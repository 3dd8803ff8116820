package io.kontor.events.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code kontor.client.updated.v1}: the client's full state after the change, so consumers need no history. */
public record ClientUpdated(UUID clientId, String partnerId, String name, String vatNumber, String companyNumber,
                            String country, String externalReference, List<String> accountantIds,
                            Instant updatedAt) {
}
