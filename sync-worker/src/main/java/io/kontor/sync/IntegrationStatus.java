package io.kontor.sync;

/** The integration's state as integrations-service last announced it. */
public enum IntegrationStatus {
    ACTIVE,
    INACTIVE,
    /** Removed from its client; its history (and its deliveries) stay. */
    DELETED
}
