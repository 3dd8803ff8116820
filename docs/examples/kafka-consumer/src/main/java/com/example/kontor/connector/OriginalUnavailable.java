package com.example.kontor.connector;

/**
 * The original could not be fetched. {@link #retryable()} says whether trying again later may work (Kontor or the
 * network is down, the token expired); otherwise the document is gone or not this firm's.
 */
class OriginalUnavailable extends Exception {

    private final boolean retryable;

    OriginalUnavailable(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    OriginalUnavailable(String message, Throwable cause) {
        super(message, cause);
        this.retryable = true;
    }

    boolean retryable() {
        return retryable;
    }
}
