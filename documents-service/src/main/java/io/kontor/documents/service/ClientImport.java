package io.kontor.documents.service;

import java.util.List;

/** The outcome of an import whose rows were all valid: the clients created, or that would be in a dry run. */
public record ClientImport(boolean dryRun, List<ImportedClient> clients) {

    public ClientImport {
        clients = List.copyOf(clients);
    }
}
