package io.kontor.sync.api;

import io.kontor.events.documents.DocumentType;
import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryKind;
import io.kontor.sync.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "One document on its way to one integration.")
public record DeliveryView(
        @Schema(description = "Stable: the webhook-id and the receiver's idempotency key, on every attempt.")
        UUID id,
        UUID documentId,
        UUID clientId,
        UUID integrationId,
        DocumentType documentType,
        Instant documentCreatedAt,
        DeliveryStatus status,
        @Schema(description = "LIVE: routed when the document arrived; BACKFILL: asked for explicitly")
        DeliveryKind kind,
        @Schema(description = "How many attempts were made so far.")
        int attemptCount,
        @Schema(description = "When the next attempt is due; absent once the delivery is settled.", nullable = true)
        Instant nextAttemptAt,
        @Schema(description = "Why the last attempt failed, if it did.", nullable = true)
        String lastError,
        @Schema(description = "When the receiver took it; absent until then.", nullable = true)
        Instant deliveredAt,
        Instant createdAt,
        Instant updatedAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.documentId(), delivery.clientId(), delivery.integrationId(),
                delivery.documentType(), delivery.documentCreatedAt(), delivery.status(), delivery.kind(),
                delivery.attempts(), delivery.nextAttemptAt(), delivery.lastError(), delivery.deliveredAt(),
                delivery.createdAt(), delivery.updatedAt());
    }
}
