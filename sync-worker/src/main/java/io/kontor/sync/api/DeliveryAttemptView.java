package io.kontor.sync.api;

import io.kontor.sync.DeliveryAttempt;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "One attempt to hand a delivery over, as it happened.")
public record DeliveryAttemptView(
        int attemptNumber,
        Instant startedAt,
        @Schema(nullable = true) Integer durationMs,
        @Schema(description = "The receiver's HTTP status, if it answered.", nullable = true) Integer httpStatus,
        @Schema(description = "At most 4 KB of the receiver's answer.", nullable = true) String responseExcerpt,
        @Schema(description = "Why it did not succeed, in a stable word to filter by: timeout, connection-refused, "
                + "connection, tls, dns, ssrf-refused, redirect, http-4xx, http-5xx, gone, protocol, smtp-4xx, "
                + "smtp-5xx, original-unavailable, invalid-settings, settings-pending, unsupported-document, "
                + "unknown-channel, interrupted, internal.",
                nullable = true)
        String errorClass,
        @Schema(description = "Why it did not succeed, in a sentence a person can act on.", nullable = true)
        String errorMessage) {

    static DeliveryAttemptView of(DeliveryAttempt attempt) {
        return new DeliveryAttemptView(attempt.attemptNumber(), attempt.startedAt(), attempt.durationMs(),
                attempt.httpStatus(), attempt.responseExcerpt(), attempt.errorClass(), attempt.errorMessage());
    }
}
