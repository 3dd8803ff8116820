package io.kontor.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/** One entry as the API shows it: the fields, the details as JSON, and the two hashes that chain it. */
@Schema(name = "AuditEntry")
public record AuditEntryView(long seq, Instant occurredAt, String actor, String action,
                             @Schema(nullable = true) UUID clientId, String subject, String requestId,
                             JsonNode details, String prevHash, String hash) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static AuditEntryView of(AuditEntry entry) {
        try {
            return new AuditEntryView(entry.seq(), entry.occurredAt(), entry.actor(), entry.action(),
                    entry.clientId(), entry.subject(), entry.requestId(), JSON.readTree(entry.details()),
                    entry.prevHash(), entry.hash());
        } catch (IOException e) {
            throw new UncheckedIOException("an audit entry's details are not JSON", e);
        }
    }
}
