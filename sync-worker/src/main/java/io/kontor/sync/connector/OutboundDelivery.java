package io.kontor.sync.connector;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a connector needs for one attempt, prepared by the delivery engine: it opens the sealed signing
 * secrets and builds the payload, so a connector knows nothing of events, keys or documents.
 *
 * @param deliveryId     the delivery's id, the same on every attempt: the receiver's idempotency key
 *                       ({@code webhook-id})
 * @param attemptNumber  1 for the first attempt
 * @param settings       the integration's client-level settings, e.g. {@code {"url": …}} of a webhook
 * @param signingSecrets the signing secrets valid now, in clear ({@code whsec_…}); two while a rotation overlaps
 * @param payload        the bytes to send, as they are
 * @param installation   the firm's settings and the package's conventions, or {@code null} while this worker has
 *                       not received the installation's event yet
 */
public record OutboundDelivery(UUID deliveryId, int attemptNumber, JsonNode settings, List<String> signingSecrets,
                               byte[] payload, InstallationSettings installation) {

    public OutboundDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(payload, "payload");
        signingSecrets = List.copyOf(signingSecrets);
    }

    /** A delivery whose channel needs nothing of the firm, a webhook's. */
    public OutboundDelivery(UUID deliveryId, int attemptNumber, JsonNode settings, List<String> signingSecrets,
                            byte[] payload) {
        this(deliveryId, attemptNumber, settings, signingSecrets, payload, null);
    }

    public Optional<InstallationSettings> installationSettings() {
        return Optional.ofNullable(installation);
    }

    /** Names no secret and no payload byte: a delivery may end up in a log line. */
    @Override
    public String toString() {
        return "OutboundDelivery[deliveryId=" + deliveryId + ", attemptNumber=" + attemptNumber + ", signingSecrets="
                + signingSecrets.size() + " hidden, payload=" + payload.length + " bytes, installation=" + installation + "]";
    }
}
