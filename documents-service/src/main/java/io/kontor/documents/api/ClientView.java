package io.kontor.documents.api;

import io.kontor.documents.Client;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Client", description = "A client of the firm, as the directory shows it.")
public record ClientView(
        UUID id,
        String name,
        @Schema(description = "Compact upper-case form", examples = "NL123456789B01") String vatNumber,
        String companyNumber,
        String country,
        String externalReference,
        List<String> accountantIds,
        boolean archived,
        @Schema(description = "When the client was archived; absent while it is active") Instant archivedAt,
        Instant createdAt,
        Instant updatedAt) {

    static ClientView of(Client client) {
        return new ClientView(client.id(), client.name(), client.vatNumber(), client.companyNumber(),
                client.country(), client.externalReference(), client.accountantIds(), client.archived(),
                client.archivedAt(), client.createdAt(), client.updatedAt());
    }
}
