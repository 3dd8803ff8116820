package io.kontor.documents;

import io.kontor.problem.Conflict;

import java.util.UUID;

/** An archived client is kept for its history and cannot be changed. */
public class ClientIsArchived extends Conflict {

    public ClientIsArchived(UUID clientId) {
        super("client-archived", "Client is archived",
                "Client " + clientId + " is archived: its details can no longer be changed and it receives no new "
                        + "documents. Its existing documents stay readable.");
    }
}
