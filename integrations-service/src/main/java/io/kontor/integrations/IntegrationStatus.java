package io.kontor.integrations;

/** Whether an integration delivers documents created now. */
public enum IntegrationStatus {
    /** Inside an open activation period: new documents are delivered. */
    ACTIVE,
    /** Between periods: documents created now are not delivered, not even later. */
    INACTIVE,
    /** Deleted: kept for its history, never active again. */
    DELETED
}
