package io.kontor.integrations;

import io.kontor.problem.Forbidden;

import java.util.UUID;

/** An accountant manages the integrations of the clients assigned to them only. */
public class ClientNotAssigned extends Forbidden {

    public ClientNotAssigned(UUID clientId) {
        super("Client " + clientId + " is not assigned to you. Ask a partner-admin of your firm to assign it, "
                + "or to manage its integrations.");
    }
}
