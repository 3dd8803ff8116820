package io.kontor.documents.service;

import io.kontor.documents.repository.ClientRepository;
import io.kontor.tenancy.ClientDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/** The client directory this service owns, as the tenancy filter asks it who a client is assigned to. */
@ApplicationScoped
public class ClientAssignments implements ClientDirectory {

    private final ClientRepository clients;

    public ClientAssignments(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    @Transactional
    public Optional<Assignment> assignmentOf(UUID clientId) {
        return clients.findByIdOptional(clientId)
                .map(client -> new Assignment(client.partnerId(), client.accountantIds()));
    }
}
