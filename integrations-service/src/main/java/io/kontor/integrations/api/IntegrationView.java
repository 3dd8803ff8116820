package io.kontor.integrations.api;

import io.kontor.events.documents.DocumentType;
import io.kontor.integrations.ActivationPeriod;
import io.kontor.integrations.Integration;
import io.kontor.integrations.SigningSecret;
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
        @Schema(description = "The installed extension", examples = "generic-webhook")
        String extensionKey,
        @Schema(description = "How the extension delivers", examples = "WEBHOOK")
        String channel,
        IntegrationStatus status,
        @Schema(description = "Why it is not active, when it is not: user:<id> (deactivated by a person), "
                + "installation-deleted:<installationId> (uninstalled), endpoint-gone:<deliveryId> (DISABLED: the "
                + "receiver answered 410 Gone to that delivery), deleted:user:<id>.", nullable = true,
                examples = "endpoint-gone:1f5a6b43-6d7e-4f80-b12c-3d4e5f6a7b05")
        String statusReason,
        @Schema(description = "Start of the current activation period; absent while inactive.", nullable = true)
        Instant activatedAt,
        @Schema(description = "Delivered document types; empty means every type.")
        List<DocumentType> documentTypes,
        Map<String, Object> settings,
        Instant createdAt,
        Instant updatedAt,
        List<ActivationPeriodView> activationPeriods,
        @Schema(description = "The webhook signing secrets and when each signs; empty for other channels.")
        List<SigningSecretView> signingSecrets,
        @Schema(description = "The new webhook signing secret (whsec_…), only in the response that issued it: when "
                + "the integration was added and after /rotate-secret. Store it now; it is never shown again.",
                nullable = true)
        String signingSecret) {

    static IntegrationView of(Integration integration, List<SigningSecret> secrets) {
        return of(integration, secrets, null);
    }

    static IntegrationView of(Integration integration, List<SigningSecret> secrets, String issuedSecret) {
        return new IntegrationView(integration.id(), integration.clientId(), integration.installationId(),
                integration.extensionKey(), integration.channel(), integration.status(), integration.statusReason(),
                integration.openPeriod().map(ActivationPeriod::activatedAt).orElse(null),
                integration.documentTypes(), integration.settings(), integration.createdAt(),
                integration.updatedAt(),
                integration.activationPeriods().stream().map(ActivationPeriodView::of).toList(),
                secrets.stream().map(SigningSecretView::of).toList(), issuedSecret);
    }
}
