package io.kontor.events.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code kontor.client.created.v1}: a partner added a client to its directory. */
public record ClientCreated(UUID clientId, String partnerId, String name, String vatNumber, String companyNumber,
                            String country, String externalReference, List<String> accountantIds,
                            Instant createdAt) {
}
