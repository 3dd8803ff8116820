package io.kontor.tenancy;

import io.kontor.problem.Forbidden;

import java.util.UUID;

/** An accountant reached for a client of the firm that is not assigned to them (DESIGN.md §3: 403). */
public class ClientNotAssigned extends Forbidden {

    public ClientNotAssigned(UUID clientId) {
        super("Client " + clientId + " is not assigned to you. Ask a partner-admin or a client-manager of your firm "
                + "to assign it to you.");
    }
}
