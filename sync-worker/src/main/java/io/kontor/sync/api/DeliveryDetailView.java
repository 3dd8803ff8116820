package io.kontor.sync.api;

import io.kontor.events.documents.DocumentType;
import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryKind;
import io.kontor.sync.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(description = "One delivery with every attempt made for it.")
public record DeliveryDetailView(
        UUID id,
        UUID documentId,
        UUID clientId,
        UUID integrationId,
        DocumentType documentType,
        Instant documentCreatedAt,
        DeliveryStatus status,
        @Schema(description = "LIVE: routed when the document arrived; BACKFILL: asked for explicitly")
        DeliveryKind kind,
        int attemptCount,
        @Schema(nullable = true) Instant nextAttemptAt,
        @Schema(nullable = true) String lastError,
        @Schema(description = "When the receiver took it; absent until then.", nullable = true)
        Instant deliveredAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Oldest first.")
        List<DeliveryAttemptView> attempts) {

    static DeliveryDetailView of(Delivery delivery) {
        return new DeliveryDetailView(delivery.id(), delivery.documentId(), delivery.clientId(),
                delivery.integrationId(), delivery.documentType(), delivery.documentCreatedAt(), delivery.status(),
                delivery.kind(), delivery.attempts(), delivery.nextAttemptAt(), delivery.lastError(),
                delivery.deliveredAt(), delivery.createdAt(),
                delivery.updatedAt(), delivery.attemptLog().stream().map(DeliveryAttemptView::of).toList());
    }
}
