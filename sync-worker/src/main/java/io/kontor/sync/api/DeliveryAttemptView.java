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
        @Schema(description = "What went wrong without an answer, e.g. a timeout.", nullable = true)
        String errorClass) {

    static DeliveryAttemptView of(DeliveryAttempt attempt) {
        return new DeliveryAttemptView(attempt.attemptNumber(), attempt.startedAt(), attempt.durationMs(),
                attempt.httpStatus(), attempt.responseExcerpt(), attempt.errorClass());
    }
}
