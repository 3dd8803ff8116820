package io.kontor.integrations.api;

import io.kontor.events.documents.DocumentType;
import io.kontor.integrations.ActivationPeriod;
import io.kontor.integrations.Integration;
import io.kontor.integrations.IntegrationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(description = "One integration of a client, with every activation period it ever had.")
public record IntegrationView(
        UUID id,
        UUID clientId,
        UUID installationId,
        @Schema(description = "The installed extension, once this service has learned the installation.",
                nullable = true)
        String extensionKey,
        @Schema(description = "How the extension delivers (WEBHOOK, EMAIL, KAFKA), once known.", nullable = true)
        String channel,
        IntegrationStatus status,
        @Schema(description = "Start of the current activation period; absent while inactive.", nullable = true)
        Instant activatedAt,
        @Schema(description = "Delivered document types; empty means every type.")
        List<DocumentType> documentTypes,
        Map<String, Object> settings,
        Instant createdAt,
        Instant updatedAt,
        List<ActivationPeriodView> activationPeriods) {

    static IntegrationView of(Integration integration) {
        return new IntegrationView(integration.id(), integration.clientId(), integration.installationId(),
                integration.extensionKey(), integration.channel(), integration.status(),
                integration.openPeriod().map(ActivationPeriod::activatedAt).orElse(null),
                integration.documentTypes(), integration.settings(), integration.createdAt(),
                integration.updatedAt(),
                integration.activationPeriods().stream().map(ActivationPeriodView::of).toList());
    }
}
