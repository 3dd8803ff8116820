package io.kontor.sync.connector;

/**
 * Why an attempt did not succeed, in a few stable words an operator can filter attempts by; the outcome's message
 * says the rest.
 */
public enum ErrorClass {
    TIMEOUT("timeout"),
    CONNECTION_REFUSED("connection-refused"),
    /** Any other failure of the connection: reset, closed before the answer, unreachable network. */
    CONNECTION("connection"),
    TLS("tls"),
    DNS("dns"),
    /** The destination is an address the SSRF guard does not let deliveries reach, or not an http(s) URL. */
    SSRF_REFUSED("ssrf-refused"),
    /** The receiver answered 3xx; redirects are not followed. */
    REDIRECT("redirect"),
    HTTP_4XX("http-4xx"),
    HTTP_5XX("http-5xx"),
    /** The receiver answered 410: the endpoint is gone for good. */
    GONE("gone"),
    /** The receiver answered with a status HTTP does not define as final (below 200 or above 599). */
    PROTOCOL("protocol"),
    /** The mail relay answered with a 4xx reply: worth another attempt. */
    SMTP_4XX("smtp-4xx"),
    /** The mail relay answered with a 5xx reply, e.g. no such mailbox: for good. */
    SMTP_5XX("smtp-5xx"),
    /** The original could not be fetched from documents-service to attach it. */
    ORIGINAL_UNAVAILABLE("original-unavailable"),
    /** The integration's or installation's settings cannot be delivered with, e.g. no URL, no mailbox. */
    INVALID_SETTINGS("invalid-settings"),
    /** The installation's settings (a mail relay) have not reached this worker yet; they follow by event. */
    SETTINGS_PENDING("settings-pending"),
    /** The package does not read this kind of file (its catalog entry lists what it reads). */
    UNSUPPORTED_DOCUMENT("unsupported-document"),
    UNKNOWN_CHANNEL("unknown-channel"),
    /**
     * The worker was stopped during the attempt; what reached the receiver is unknown. No fault of the receiver's:
     * the retry schedule does not count it.
     */
    INTERRUPTED("interrupted"),
    /** Kontor itself failed to make the attempt (a bug); the delivery is tried again. */
    INTERNAL("internal");

    private final String code;

    ErrorClass(String code) {
        this.code = code;
    }

    /** The stored and displayed form, e.g. {@code connection-refused}. */
    public String code() {
        return code;
    }
}
