package io.kontor.sync.connector;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
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
 */
public record OutboundDelivery(UUID deliveryId, int attemptNumber, JsonNode settings, List<String> signingSecrets,
                               byte[] payload) {

    public OutboundDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(payload, "payload");
        signingSecrets = List.copyOf(signingSecrets);
    }

    /** Names no secret and no payload byte: a delivery may end up in a log line. */
    @Override
    public String toString() {
        return "OutboundDelivery[deliveryId=" + deliveryId + ", attemptNumber=" + attemptNumber + ", signingSecrets="
                + signingSecrets.size() + " hidden, payload=" + payload.length + " bytes]";
    }
}
