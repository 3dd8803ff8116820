package io.kontor.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a client belongs to and who is assigned to it, as a service knows it: documents-service from its own client
 * table, the others from their projection of {@code kontor.clients}.
 */
public interface ClientDirectory {

    /** Empty when this service does not know the client: the operation itself then answers (usually 404). */
    Optional<Assignment> assignmentOf(UUID clientId);

    /** @param accountantIds the users (token subjects) the client is assigned to */
    record Assignment(String partnerId, List<String> accountantIds) {

        public Assignment {
            accountantIds = List.copyOf(accountantIds);
        }
    }
}
