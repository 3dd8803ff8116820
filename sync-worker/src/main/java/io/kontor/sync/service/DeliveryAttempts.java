package io.kontor.sync.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.events.EventJson;
import io.kontor.events.integrations.IntegrationSnapshot.SealedSigningSecret;
import io.kontor.secrets.DeliverySecretCipher;
import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryStatus;
import io.kontor.sync.Document;
import io.kontor.sync.Installation;
import io.kontor.sync.Integration;
import io.kontor.sync.connector.AttemptReport;
import io.kontor.sync.connector.DeliveryOutcome;
import io.kontor.sync.connector.ErrorClass;
import io.kontor.sync.connector.InstallationSettings;
import io.kontor.sync.connector.OutboundDelivery;
import io.kontor.sync.messaging.DeliveryEvents;
import io.kontor.sync.repository.DeliveryRepository;
import io.kontor.sync.repository.DocumentRepository;
import io.kontor.sync.repository.InstallationRepository;
import io.kontor.sync.repository.IntegrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The two transactions around an attempt. The attempt itself (the HTTP call) runs between them, outside any
 * transaction, so a slow receiver holds no connection and no lock: {@link #prepare} reads what the connector
 * needs, {@link #record} writes what happened and moves the delivery on, with its event, in one commit.
 */
@ApplicationScoped
public class DeliveryAttempts {

    private final DeliveryRepository deliveries;
    private final IntegrationRepository integrations;
    private final InstallationRepository installations;
    private final DocumentRepository documents;
    private final DeliveryPayloads payloads;
    private final DeliverySecretCipher secrets;
    private final RetrySchedule schedule;
    private final DeliveryEvents events;
    private final Clock clock;

    public DeliveryAttempts(DeliveryRepository deliveries, IntegrationRepository integrations,
                            InstallationRepository installations, DocumentRepository documents,
                            DeliveryPayloads payloads, DeliverySecretCipher secrets, RetrySchedule schedule,
                            DeliveryEvents events, Clock clock) {
        this.deliveries = deliveries;
        this.integrations = integrations;
        this.installations = installations;
        this.documents = documents;
        this.payloads = payloads;
        this.secrets = secrets;
        this.schedule = schedule;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the attempt to make, or empty when the delivery is no longer this replica's to attempt (cancelled
     *         meanwhile, or its lease was taken over)
     */
    @Transactional
    public Optional<PreparedAttempt> prepare(UUID deliveryId, String owner) {
        Delivery delivery = deliveries.findByIdOptional(deliveryId)
                .filter(Delivery::isPending)
                .filter(found -> found.isLeasedTo(owner))
                .orElse(null);
        if (delivery == null) {
            return Optional.empty();
        }
        Integration integration = integrations.findByIdOptional(delivery.integrationId()).orElseThrow();
        Document document = documents.findByIdOptional(delivery.documentId()).orElseThrow();
        Instant now = now();
        return Optional.of(new PreparedAttempt(integration.channel(), integration.integrationId(),
                delivery.traceparent(), new OutboundDelivery(delivery.id(),
                delivery.attempts(), integration.settings(), openSecrets(integration, now),
                payloads.payloadOf(delivery, document, now), installationSettings(integration))));
    }

    /**
     * Logs the attempt and moves the delivery on by its outcome (DESIGN.md §5), with its event when it ends.
     *
     * @return the delivery's status after the attempt
     */
    @Transactional
    public DeliveryStatus record(UUID deliveryId, Instant startedAt, DeliveryOutcome outcome) {
        Delivery delivery = deliveries.findForUpdate(deliveryId).orElseThrow();
        AttemptReport attempt = outcome.attempt();
        delivery.logAttempt(startedAt, (int) Math.min(Integer.MAX_VALUE, attempt.duration().toMillis()),
                attempt.httpStatus(), attempt.responseExcerpt(),
                attempt.errorClass() == null ? null : attempt.errorClass().code(),
                outcome.verdict() == DeliveryOutcome.Verdict.DELIVERED ? null : attempt.message());
        Instant now = now();
        if (outcome.verdict() == DeliveryOutcome.Verdict.DELIVERED) {
            delivery.delivered(now);
            events.succeeded(delivery, attempt.httpStatus());
            return delivery.status();
        }
        if (!delivery.isPending()) {
            // Cancelled while the attempt was under way: the attempt is on record, the cancellation stands.
            delivery.endAttempt(now);
            return delivery.status();
        }
        if (attempt.errorClass() == ErrorClass.INTERRUPTED) {
            delivery.interrupted(attempt.message(), now);
            return delivery.status();
        }
        if (outcome.verdict() == DeliveryOutcome.Verdict.RETRY) {
            schedule.nextAttempt(delivery.attemptsThisRound(), now, outcome.retryAfter()).ifPresentOrElse(
                    next -> delivery.retryAt(next, attempt.message(), now),
                    () -> fail(delivery, "gave up after " + delivery.attemptsThisRound() + " attempts; the last: "
                            + attempt.message(), attempt, false, now));
        } else {
            fail(delivery, attempt.message(), attempt, outcome.verdict() == DeliveryOutcome.Verdict.GONE, now);
        }
        return delivery.status();
    }

    /** For good, with the event that tells integrations-service (a 410 disables the integration) and connectors. */
    private void fail(Delivery delivery, String message, AttemptReport attempt, boolean endpointGone, Instant now) {
        delivery.fail(message, now);
        events.failed(delivery, attempt.httpStatus(), endpointGone);
    }

    /**
     * Only secrets not retired sign: a retired one would only make the receiver's check slower. Their start is not
     * checked, so a clock a little behind integrations-service's never leaves a new integration without a secret.
     */
    private List<String> openSecrets(Integration integration, Instant now) {
        String owner = "integration:" + integration.integrationId();
        return integration.sealedSigningSecrets().stream()
                .filter(secret -> isValidAt(secret, now))
                .map(secret -> secrets.open(secret.sealedSecret(), owner))
                .toList();
    }

    /** The firm's settings with the secret ones opened; {@code null} while the installation's event is on its way. */
    private InstallationSettings installationSettings(Integration integration) {
        if (integration.installationId() == null) {
            return null;
        }
        return installations.findByIdOptional(integration.installationId())
                .map(installation -> new InstallationSettings(withSecrets(installation),
                        installation.deliveryConventions()))
                .orElse(null);
    }

    private ObjectNode withSecrets(Installation installation) {
        ObjectNode settings = (ObjectNode) installation.settings();
        if (installation.sealedSecrets() != null) {
            settings.setAll((ObjectNode) EventJson.read(secrets.open(installation.sealedSecrets(),
                    "installation:" + installation.installationId()).getBytes(StandardCharsets.UTF_8),
                    JsonNode.class));
        }
        return settings;
    }

    private static boolean isValidAt(SealedSigningSecret secret, Instant now) {
        return secret.retiresAt() == null || secret.retiresAt().isAfter(now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
