package io.kontor.integrations;

import io.kontor.problem.NotFound;

import java.util.UUID;

/** Unknown here, or another partner's: the caller cannot tell which (DESIGN.md §3). */
public class ClientNotFound extends NotFound {

    public ClientNotFound(UUID clientId) {
        super("client-not-found", "Client not found",
                "There is no client " + clientId + " in your firm. Check the id, or create the client first.");
    }
}
