package io.kontor.integrations;

/** Whether an integration delivers documents created now. */
public enum IntegrationStatus {
    /** Inside an open activation period: new documents are delivered. */
    ACTIVE,
    /** Between periods: documents created now are not delivered, not even later. */
    INACTIVE,
    /**
     * Stopped because the receiver answered 410 Gone: like {@link #INACTIVE}, set by the sync-worker; activating it
     * again (after fixing the settings) opens a new period.
     */
    DISABLED,
    /** Deleted: kept for its history, never active again. */
    DELETED
}
