package io.kontor.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-27T08:00:00.123456Z");
    private static final UUID CLIENT = UUID.fromString("0b9a3c8e-5f41-4d6e-9b7a-2c1d8e4f6a01");

    private static AuditEntry entry(String actor, String action, String details, String prevHash) {
        return new AuditEntry("partner-1", 1, AT, actor, action, CLIENT, "clients/" + CLIENT, "req-1", details,
                prevHash, null);
    }

    @Test
    void theSameEntryHasTheSameHashAndItIsSha256InHex() {
        String hash = AuditHash.of(entry("anna", "document.uploaded", "{}", AuditHash.GENESIS));

        assertThat(AuditHash.of(entry("anna", "document.uploaded", "{}", AuditHash.GENESIS))).isEqualTo(hash);
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(AuditHash.GENESIS).matches("0{64}");
    }

    @Test
    void everyFieldAndThePreviousHashCount() {
        String hash = AuditHash.of(entry("anna", "document.uploaded", "{}", AuditHash.GENESIS));

        assertThat(AuditHash.of(entry("bert", "document.uploaded", "{}", AuditHash.GENESIS))).isNotEqualTo(hash);
        assertThat(AuditHash.of(entry("anna", "document.revised", "{}", AuditHash.GENESIS))).isNotEqualTo(hash);
        assertThat(AuditHash.of(entry("anna", "document.uploaded", "{\"a\":1}", AuditHash.GENESIS)))
                .isNotEqualTo(hash);
        assertThat(AuditHash.of(entry("anna", "document.uploaded", "{}", "f".repeat(64)))).isNotEqualTo(hash);
    }

    /** Without the length prefixes "ab" + "c" and "a" + "bc" would hash alike. */
    @Test
    void movingCharactersFromOneFieldToTheNextChangesTheHash() {
        assertThat(AuditHash.of(entry("ab", "c", "{}", AuditHash.GENESIS)))
                .isNotEqualTo(AuditHash.of(entry("a", "bc", "{}", AuditHash.GENESIS)));
    }
}
