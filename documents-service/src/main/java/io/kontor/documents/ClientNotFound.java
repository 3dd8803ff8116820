package io.kontor.documents;

import io.kontor.problem.NotFound;

import java.util.UUID;

/** No such client in the caller's directory; also what another partner's client looks like. */
public class ClientNotFound extends NotFound {

    public ClientNotFound(UUID clientId) {
        super("client-not-found", "Client not found",
                "There is no client " + clientId + " in your client directory.");
    }
}
