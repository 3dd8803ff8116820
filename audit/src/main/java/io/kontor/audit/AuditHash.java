package io.kontor.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's arithmetic: an entry's hash is SHA-256 over its fields and the previous entry's hash, each field
 * length-prefixed so that no two different entries write the same bytes. The first entry of a partner follows
 * {@link #GENESIS}.
 */
public final class AuditHash {

    /** The "previous hash" of a partner's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(AuditEntry entry) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        for (String field : new String[]{entry.partnerId(), Long.toString(entry.seq()),
                entry.occurredAt().toString(), entry.actor(), entry.action(),
                entry.clientId() == null ? "" : entry.clientId().toString(), entry.subject(), entry.requestId(),
                entry.details(), entry.prevHash()}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
