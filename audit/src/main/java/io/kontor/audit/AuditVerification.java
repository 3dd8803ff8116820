package io.kontor.audit;

/**
 * Whether a partner's chain is whole.
 *
 * @param verifiedEntries how many entries, from the first, follow each other as written
 * @param brokenAt        the first entry that does not, or {@code null} when the chain is intact
 * @param problem         what is wrong there, or {@code null}
 */
public record AuditVerification(long verifiedEntries, boolean intact, Long brokenAt, String problem) {

    static AuditVerification intact(long entries) {
        return new AuditVerification(entries, true, null, null);
    }

    static AuditVerification broken(long verifiedEntries, long at, String problem) {
        return new AuditVerification(verifiedEntries, false, at, problem);
    }
}
