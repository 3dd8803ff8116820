package io.kontor.integrations.owners;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * documents-service's answer to {@code GET /api/v1/clients/{clientId}} (its {@code Client} schema), as far as this
 * service keeps it. Fields it adds later are ignored; one that this service needs and the answer lacks makes the
 * answer unusable.
 *
 * @param updatedAt the moment this state is as of, which orders it against the client's events
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryClient(UUID id, String name, List<String> accountantIds, boolean archived,
                              Instant updatedAt) {

    public DirectoryClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updatedAt, "updatedAt");
        accountantIds = accountantIds == null ? List.of() : List.copyOf(accountantIds);
    }
}
