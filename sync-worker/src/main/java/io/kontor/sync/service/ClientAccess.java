package io.kontor.sync.service;

import io.kontor.sync.ClientAssignment;
import io.kontor.sync.repository.ClientAssignmentRepository;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps who each client is assigned to, from {@code kontor.clients}, and refuses an accountant the deliveries of a
 * client not assigned to them. A client whose event has not arrived yet is assigned to nobody: an accountant waits
 * a moment rather than seeing what may not be theirs.
 */
@ApplicationScoped
public class ClientAccess {

    private final ClientAssignmentRepository assignments;
    private final Caller caller;

    public ClientAccess(ClientAssignmentRepository assignments, Caller caller) {
        this.assignments = assignments;
        this.caller = caller;
    }

    /** Call after the partner check: another firm's client is a 404 before it is anything else. */
    public void requireReachable(UUID clientId) {
        if (caller.reachesEveryClient()) {
            return;
        }
        caller.requireAssigned(clientId, assignments.findByIdOptional(clientId)
                .map(ClientAssignment::accountantIds).orElse(List.of()));
    }

    @Transactional
    public void assigned(UUID clientId, String partnerId, List<String> accountantIds, Instant asOf) {
        ClientAssignment assignment = assignments.findByIdOptional(clientId).orElseGet(() -> {
            ClientAssignment first = ClientAssignment.of(clientId, partnerId);
            assignments.persist(first);
            return first;
        });
        assignment.assign(accountantIds, asOf);
    }
}
