package io.kontor.documents.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kontor.documents.service.ImportedClient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ImportedClient", description = "One row of the file and the client it became.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportedClientView(
        @Schema(description = "Line of the file the row starts on; the header is row 1") int row,
        @Schema(description = "The new client's id; absent in a dry run") UUID id,
        @Schema(description = "The name as stored (surrounding spaces removed)") String name) {

    static ImportedClientView of(ImportedClient client) {
        return new ImportedClientView(client.row(), client.id(), client.name());
    }
}
