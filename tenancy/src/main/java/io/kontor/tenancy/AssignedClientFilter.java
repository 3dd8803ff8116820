package io.kontor.tenancy;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;

/**
 * Refuses an accountant (403) an operation of {@link AssignedClients} on a client of the firm not assigned to them.
 * A client of another firm, or one the service does not know, is left to the operation, which answers 404 as it
 * would for anyone: the filter must not tell a stranger that a client exists.
 */
@Provider
@AssignedClients
@Priority(Priorities.AUTHORIZATION + 10)
public class AssignedClientFilter implements ContainerRequestFilter {

    private static final String CLIENT_ID = "clientId";

    private final Caller caller;
    private final Instance<ClientDirectory> directory;

    /** @param directory the service's; a service without clients (the store) has none and marks no operation */
    @Inject
    public AssignedClientFilter(Caller caller, Instance<ClientDirectory> directory) {
        this.caller = caller;
        this.directory = directory;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (caller.reachesEveryClient()) {
            return;
        }
        String raw = request.getUriInfo().getPathParameters().getFirst(CLIENT_ID);
        UUID clientId;
        try {
            clientId = raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (clientId == null) {
            return;
        }
        directory.get().assignmentOf(clientId)
                .filter(assignment -> assignment.partnerId().equals(caller.partnerId()))
                .ifPresent(assignment -> caller.requireAssigned(clientId, assignment.accountantIds()));
    }
}
