package io.kontor.sync.connector.webhook;

/**
 * What a receiver answered, as far as classifying it needs.
 *
 * @param retryAfter the {@code Retry-After} header as sent, or {@code null}
 * @param location   the {@code Location} header as sent, or {@code null}
 * @param excerpt    the start of the body ({@link io.kontor.sync.connector.ResponseExcerpt}), or {@code null}
 */
record WebhookResponse(int status, String retryAfter, String location, String excerpt) {
}
