package io.kontor.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the trail.
 *
 * @param seq       the entry's place in its partner's chain, from 1
 * @param actor     the user (token subject), or {@code system:<why>} for what Kontor did by itself
 * @param action    what happened, e.g. {@code document.uploaded}, {@code integration.activated}
 * @param clientId  the client it concerns, or {@code null} for a firm-wide action (an installation)
 * @param subject   the resource, e.g. {@code clients/<id>/documents/<id>}
 * @param requestId the request's {@code X-Request-Id}, or the event's id for what an event caused
 * @param details   a short JSON object of what changed; never a secret
 */
public record AuditEntry(String partnerId, long seq, Instant occurredAt, String actor, String action,
                         UUID clientId, String subject, String requestId, String details, String prevHash,
                         String hash) {

    /** The entry with its hash, computed over everything else: what is appended to the chain. */
    AuditEntry sealed() {
        return new AuditEntry(partnerId, seq, occurredAt, actor, action, clientId, subject, requestId, details,
                prevHash, AuditHash.of(this));
    }
}
