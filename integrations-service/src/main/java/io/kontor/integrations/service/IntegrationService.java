package io.kontor.integrations.service;

import io.kontor.audit.AuditTrail;
import io.kontor.events.EventJson;
import io.kontor.events.documents.DocumentType;
import io.kontor.integrations.ClientIsArchived;
import io.kontor.integrations.IntegrationDoesNotSign;
import io.kontor.integrations.IntegrationIsDeleted;
import io.kontor.integrations.Integration;
import io.kontor.integrations.IntegrationNotFound;
import io.kontor.integrations.IntegrationStatus;
import io.kontor.integrations.KnownClient;
import io.kontor.integrations.KnownInstallation;
import io.kontor.integrations.SigningSecret;
import io.kontor.integrations.messaging.IntegrationEvents;
import io.kontor.integrations.repository.IntegrationRepository;
import io.kontor.problem.KeysetCursor;
import io.kontor.settings.SettingsSchema;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The lifecycle of a client's integrations. Every change and its event commit together (outbox). */
@ApplicationScoped
public class IntegrationService {

    private static final Logger LOG = Logger.getLogger(IntegrationService.class);

    private final IntegrationRepository integrations;
    private final InstallationLookup installations;
    private final ClientAccess access;
    private final SigningSecrets signingSecrets;
    private final SettingsSchema settingsSchema;
    private final IntegrationEvents events;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public IntegrationService(IntegrationRepository integrations, InstallationLookup installations,
                              ClientAccess access, SigningSecrets signingSecrets, SettingsSchema settingsSchema,
                              IntegrationEvents events, AuditTrail audit, Caller caller, Clock clock) {
        this.integrations = integrations;
        this.installations = installations;
        this.access = access;
        this.signingSecrets = signingSecrets;
        this.settingsSchema = settingsSchema;
        this.events = events;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Adds an integration to a client, active from now (server time). A webhook integration gets its signing
     * secret, which the caller sees this once.
     */
    @Transactional
    public IssuedSecret addIntegration(UUID clientId, UUID installationId, Map<String, Object> settings,
                                      List<DocumentType> documentTypes) {
        KnownClient client = access.clientToManage(clientId);
        if (client.isArchived()) {
            throw new ClientIsArchived(clientId);
        }
        KnownInstallation installation = installationFor(installationId, settings);
        Integration integration = Integration.create(clientId, client.partnerId(), installationId,
                installation.extensionKey(), installation.channel(), documentTypes, settings, now(), caller.userId());
        integrations.persist(integration);
        String secret = SigningSecrets.signs(integration) ? signingSecrets.issue(integration, integration.createdAt())
                : null;
        events.created(integration);
        audit.record("integration.added", clientId, subject(integration), Map.of("installationId", installationId,
                "extensionKey", installation.extensionKey(), "documentTypes", integration.documentTypes()));
        return new IssuedSecret(integration, secret);
    }

    /**
     * Replaces an integration's client-level settings and document types (checked like those of a new one). Its
     * activation periods stay as they are; {@code kontor.integration.updated.v1} tells the sync-worker.
     */
    @Transactional
    public Integration updateIntegration(UUID clientId, UUID integrationId, Map<String, Object> settings,
                                         List<DocumentType> documentTypes) {
        Integration current = integration(clientId, integrationId);
        // The installation row first (see KnownInstallationRepository), then the integration.
        installationFor(current.installationId(), settings);
        Integration integration = integrationToChange(clientId, integrationId);
        List<String> changes = integration.update(settings, documentTypes, now());
        if (!changes.isEmpty()) {
            events.updated(integration, changes);
            audit.record("integration.updated", clientId, subject(integration), Map.of("changes", changes));
        }
        return integration;
    }

    /**
     * The installation an integration is added or changed for, locked shared (see {@link InstallationLookup}):
     * the caller's firm's, not uninstalled, and the settings must satisfy its extension's client-level schema.
     */
    private KnownInstallation installationFor(UUID installationId, Map<String, Object> settings) {
        KnownInstallation installation = installations.installationToUse(installationId);
        settingsSchema.check(installations.clientSettingsSchema(installation),
                EventJson.mapper().valueToTree(settings));
        return installation;
    }

    /**
     * Issues a new webhook signing secret; the previous one keeps signing for the configured overlap
     * (Standard Webhooks: several signatures per delivery), so the receiver can switch without losing one.
     */
    @Transactional
    public IssuedSecret rotateSigningSecret(UUID clientId, UUID integrationId) {
        Integration integration = integrationToChange(clientId, integrationId);
        if (integration.status() == IntegrationStatus.DELETED) {
            throw new IntegrationIsDeleted(integrationId);
        }
        if (!SigningSecrets.signs(integration)) {
            throw new IntegrationDoesNotSign(integrationId, integration.channel());
        }
        Instant now = now();
        String secret = signingSecrets.rotate(integration, now);
        integration.signingSecretsChanged(now);
        events.updated(integration, List.of("signingSecrets"));
        audit.record("integration.secret-rotated", clientId, subject(integration), Map.of());
        return new IssuedSecret(integration, secret);
    }

    public List<SigningSecret> signingSecretsOf(Integration integration) {
        return signingSecrets.of(integration);
    }

    public Map<UUID, List<SigningSecret>> signingSecretsOf(List<Integration> integrations) {
        return signingSecrets.of(integrations);
    }

    /** @return one more than {@code limit} when there is a next page, so the caller can tell */
    @Transactional
    public List<Integration> integrationsOfClient(UUID clientId, boolean includeDeleted, KeysetCursor after,
                                                  int limit) {
        KnownClient client = access.clientToManage(clientId);
        return integrations.pageOfClient(client.partnerId(), clientId, includeDeleted, after, limit + 1);
    }

    /**
     * Deletes an integration; it stays readable with its history. Its open activation period closes now, and
     * {@code kontor.integration.deleted.v1} tells the sync-worker to stop. Deleting it again changes nothing.
     */
    @Transactional
    public void deleteIntegration(UUID clientId, UUID integrationId) {
        Integration integration = integrationToChange(clientId, integrationId);
        if (integration.delete(now(), caller.userId())) {
            events.deleted(integration);
            audit.record("integration.deleted", clientId, subject(integration), Map.of());
        }
    }

    @Transactional
    public Integration integration(UUID clientId, UUID integrationId) {
        KnownClient client = access.clientToManage(clientId);
        return integrations.findOfClient(client.partnerId(), clientId, integrationId)
                .orElseThrow(() -> new IntegrationNotFound(clientId, integrationId));
    }

    /** Opens a new activation period; documents created from now on are delivered again. */
    @Transactional
    public Integration activateIntegration(UUID clientId, UUID integrationId) {
        // The installation row first (see KnownInstallationRepository), then the integration.
        installations.installationToUse(integration(clientId, integrationId).installationId());
        Integration integration = integrationToChange(clientId, integrationId);
        Instant now = now();
        integration.activate(now, caller.userId());
        events.activated(integration, now);
        audit.record("integration.activated", clientId, subject(integration), Map.of());
        return integration;
    }

    /** Closes the open activation period; documents created from now on are not delivered. */
    @Transactional
    public Integration deactivateIntegration(UUID clientId, UUID integrationId) {
        Integration integration = integrationToChange(clientId, integrationId);
        Instant now = now();
        String reason = "user:" + caller.userId();
        integration.deactivate(now, reason);
        events.deactivated(integration, now, reason);
        audit.record("integration.deactivated", clientId, subject(integration), Map.of());
        return integration;
    }

    /**
     * The receiver of one of the integration's deliveries answered 410 Gone ({@code kontor.delivery.failed.v1}
     * from the sync-worker): it asks not to be called again, so the integration is disabled from the failure on,
     * with the delivery as its reason, until someone fixes the settings and activates it again.
     */
    @Transactional
    public void disableForGoneEndpoint(String partnerId, UUID clientId, UUID integrationId, UUID deliveryId,
                                       Instant failedAt) {
        Optional<Integration> found = integrations.findOfClientForUpdate(partnerId, clientId, integrationId);
        if (found.isEmpty()) {
            LOG.warnf("Delivery %s reported integration %s gone, but it is not one of client %s; ignored",
                    deliveryId, integrationId, clientId);
            return;
        }
        Integration integration = found.get();
        String reason = "endpoint-gone:" + deliveryId;
        integration.disable(failedAt.truncatedTo(ChronoUnit.MICROS), reason, now()).ifPresent(disabledAt -> {
            events.deactivated(integration, disabledAt, reason);
            audit.recordBySystem(partnerId, "endpoint-gone", "integration.disabled", clientId, subject(integration),
                    "delivery:" + deliveryId, Map.of("reason", reason));
        });
    }

    static String subject(Integration integration) {
        return "clients/" + integration.clientId() + "/integrations/" + integration.id();
    }

    private Integration integrationToChange(UUID clientId, UUID integrationId) {
        KnownClient client = access.clientToManage(clientId);
        return integrations.findOfClientForUpdate(client.partnerId(), clientId, integrationId)
                .orElseThrow(() -> new IntegrationNotFound(clientId, integrationId));
    }

    /** PostgreSQL keeps microseconds: the instant in the response and the event is the one stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
