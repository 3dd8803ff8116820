package io.kontor.integrations;

import io.kontor.problem.Conflict;

import java.util.UUID;

public class ClientIsArchived extends Conflict {

    public ClientIsArchived(UUID clientId) {
        super("client-archived", "Client archived",
                "Client " + clientId + " is archived; an archived client gets no new integrations.");
    }
}
