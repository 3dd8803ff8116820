package io.kontor.testing.contracts;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may call one operation, and what "another firm's" means for it: the rule the isolation matrix of
 * {@link ServiceContract} checks the operation against. Every operation of a service's OpenAPI document needs one;
 * the matrix fails naming an operation without it.
 *
 * @param roles the roles allowed (DESIGN.md §3); every other role gets 403
 * @param scope whose data the operation reaches
 * @param body  the request body for the fixture's ids: a valid one, so that a refusal is about the caller and
 *              an allowed call reaches the data
 */
public record AccessRule(Set<String> roles, Scope scope, Function<Map<String, String>, RequestBody> body) {

    public enum Scope {
        /**
         * One client's data ({@code {clientId}} in the path, or reached through it): another firm gets 404, an
         * accountant not assigned to the client 403.
         */
        CLIENT,
        /** One resource of the firm that is not a client's (an installation): another firm gets 404. */
        FIRM,
        /** The caller's own firm's list, or a resource the call creates in it: another firm sees none of it. */
        OWN_FIRM,
        /** The same for every firm (the extension catalog): another firm gets what everyone gets. */
        SHARED
    }

    public static AccessRule of(Scope scope, String... roles) {
        return new AccessRule(Set.of(roles), scope, ids -> RequestBody.none());
    }

    public AccessRule withBody(Function<Map<String, String>, RequestBody> body) {
        return new AccessRule(roles, scope, body);
    }
}
