package io.kontor.sync;

/** The integration's state as integrations-service last announced it. */
public enum IntegrationStatus {
    ACTIVE,
    INACTIVE,
    /** Its receiver answered 410 Gone; nothing is delivered until it is activated again. */
    DISABLED,
    /** Removed from its client; its history (and its deliveries) stay. */
    DELETED
}
