package io.kontor.documents.api;

import io.kontor.documents.service.ClientImport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ClientImportReport", description = "What an import created, or in a dry run would create.")
public record ClientImportReport(
        @Schema(description = "True when nothing was written because dryRun=true was asked for") boolean dryRun,
        @Schema(description = "Clients created; 0 in a dry run") int imported,
        @Schema(description = "Rows that passed every check: all of them, or the import would have failed") int valid,
        @Schema(description = "One entry per row, in file order") List<ImportedClientView> clients) {

    static ClientImportReport of(ClientImport result) {
        List<ImportedClientView> clients = result.clients().stream().map(ImportedClientView::of).toList();
        return new ClientImportReport(result.dryRun(), result.dryRun() ? 0 : clients.size(), clients.size(), clients);
    }
}
