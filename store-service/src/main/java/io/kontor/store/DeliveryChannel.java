package io.kontor.store;

/** How documents reach the extension's target (DESIGN.md §6). */
public enum DeliveryChannel {
    /** Standard Webhooks, signed, with a download link for the original. */
    WEBHOOK,
    /** SMTP, with the original attached. */
    EMAIL,
    /** Passive: the third party reads {@code kontor.documents} itself. */
    KAFKA
}
