package io.kontor.integrations.api;

import io.kontor.integrations.ActivationPeriod;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "A span in which the integration was active; documents created inside it are delivered.")
public record ActivationPeriodView(
        Instant activatedAt,
        @Schema(description = "Absent while the period is open.", nullable = true)
        Instant deactivatedAt,
        @Schema(description = "Who or what ended the period, e.g. user:<id>.", nullable = true)
        String deactivationReason) {

    static ActivationPeriodView of(ActivationPeriod period) {
        return new ActivationPeriodView(period.activatedAt(), period.deactivatedAt(), period.deactivationReason());
    }
}
