package io.kontor.tenancy;

/** The roles a partner's identity provider puts into the {@code groups} claim (DESIGN.md §3). */
public final class Roles {

    /** Everything of its own partner. */
    public static final String PARTNER_ADMIN = "partner-admin";
    /** Documents, integrations and deliveries of the clients assigned to them; read-only on the store. */
    public static final String ACCOUNTANT = "accountant";
    /** Clients and assignments; no document content, no integrations. */
    public static final String CLIENT_MANAGER = "client-manager";

    private Roles() {
    }
}
