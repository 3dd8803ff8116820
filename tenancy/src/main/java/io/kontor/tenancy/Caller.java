package io.kontor.tenancy;

import io.kontor.problem.Forbidden;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, from the verified JWT: the partner (tenant) every query is scoped to, the user, the roles.
 * Resources ask this instead of reading claims, so the tenancy rule lives in one place.
 */
@RequestScoped
public class Caller {

    public static final String PARTNER_CLAIM = "partner_id";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The tenant. A token without one is refused: it could otherwise see nothing or, worse, everything. */
    public String partnerId() {
        Object claim = token.getClaim(PARTNER_CLAIM);
        String partnerId = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        if (partnerId == null || partnerId.isBlank()) {
            throw new Forbidden("The token carries no '" + PARTNER_CLAIM + "' claim, so it belongs to no partner. "
                    + "Ask your identity provider to add it.");
        }
        return partnerId;
    }

    public String userId() {
        return token.getSubject();
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /**
     * Whether the caller reaches every client of the partner: a partner-admin and a client-manager do, an accountant
     * only the clients assigned to them (issue 9; docs/security.md).
     */
    public boolean reachesEveryClient() {
        return hasRole(Roles.PARTNER_ADMIN) || hasRole(Roles.CLIENT_MANAGER);
    }

    /**
     * Refuses an accountant a client of the firm that is not assigned to them. The partner check comes first, by
     * whoever found the client: another firm's client does not exist for the caller (404), this one does (403).
     *
     * @param accountantIds the users (token subjects) the client is assigned to
     */
    public void requireAssigned(UUID clientId, Collection<String> accountantIds) {
        if (!reachesEveryClient() && !accountantIds.contains(userId())) {
            throw new ClientNotAssigned(clientId);
        }
    }
}
