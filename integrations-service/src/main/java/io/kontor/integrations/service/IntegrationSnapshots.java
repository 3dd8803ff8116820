package io.kontor.integrations.service;

import io.kontor.events.EventJson;
import io.kontor.events.integrations.IntegrationSnapshot;
import io.kontor.integrations.ActivationPeriod;
import io.kontor.integrations.Integration;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The whole integration as its events carry it (docs/architecture.md, "What the sync-worker gets"): routing
 * (client, document types, periods), the destination (channel, client-level settings) and the signing secrets,
 * sealed for the sync-worker.
 */
@ApplicationScoped
public class IntegrationSnapshots {

    private final SigningSecrets signingSecrets;

    IntegrationSnapshots(SigningSecrets signingSecrets) {
        this.signingSecrets = signingSecrets;
    }

    public IntegrationSnapshot of(Integration integration) {
        return new IntegrationSnapshot(integration.id(), integration.clientId(), integration.partnerId(),
                integration.installationId(), integration.extensionKey(), integration.channel(),
                integration.status().name(), integration.statusReason(), integration.documentTypes(),
                integration.activationPeriods().stream().map(IntegrationSnapshots::period).toList(),
                EventJson.mapper().valueToTree(integration.settings()),
                signingSecrets.sealedForWorker(integration, integration.updatedAt()), integration.revision());
    }

    private static IntegrationSnapshot.Period period(ActivationPeriod period) {
        return new IntegrationSnapshot.Period(period.activatedAt(), period.deactivatedAt(),
                period.deactivationReason());
    }
}
