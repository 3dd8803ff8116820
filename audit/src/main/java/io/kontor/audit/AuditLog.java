package io.kontor.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads a partner's trail, and checks that its chain is whole. */
@ApplicationScoped
public class AuditLog {

    private static final int VERIFY_BATCH = 1000;

    private final EntityManager entityManager;

    public AuditLog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @param clientId only entries about this client; {@code null} for every entry
     * @param afterSeq the last sequence number of the previous page; 0 for the first
     */
    @Transactional
    public List<AuditEntry> page(String partnerId, UUID clientId, long afterSeq, int limit) {
        String sql = "select " + COLUMNS + " from audit_entry where partner_id = ?1 and seq > ?2"
                + (clientId == null ? "" : " and client_id = ?3") + " order by seq limit " + limit;
        var query = entityManager.createNativeQuery(sql).setParameter(1, partnerId).setParameter(2, afterSeq);
        if (clientId != null) {
            query.setParameter(3, clientId);
        }
        return rows(query.getResultList());
    }

    /**
     * Recomputes every hash of the partner's chain, in order: an entry altered, removed or inserted afterwards shows
     * as the first place where the hashes or the sequence do not follow.
     */
    @Transactional
    public AuditVerification verify(String partnerId) {
        String expectedPrev = AuditHash.GENESIS;
        long expectedSeq = 1;
        while (true) {
            List<AuditEntry> batch = rows(entityManager.createNativeQuery("select " + COLUMNS
                            + " from audit_entry where partner_id = ?1 and seq >= ?2 order by seq limit " + VERIFY_BATCH)
                    .setParameter(1, partnerId).setParameter(2, expectedSeq).getResultList());
            for (AuditEntry entry : batch) {
                if (entry.seq() != expectedSeq) {
                    return AuditVerification.broken(expectedSeq - 1, expectedSeq,
                            "entry " + expectedSeq + " is missing");
                }
                if (!entry.prevHash().equals(expectedPrev)) {
                    return AuditVerification.broken(expectedSeq - 1, entry.seq(),
                            "entry " + entry.seq() + " does not follow the hash of the entry before it");
                }
                if (!AuditHash.of(entry).equals(entry.hash())) {
                    return AuditVerification.broken(expectedSeq - 1, entry.seq(),
                            "entry " + entry.seq() + " was changed after it was written");
                }
                expectedPrev = entry.hash();
                expectedSeq++;
            }
            if (batch.size() < VERIFY_BATCH) {
                return headMatches(partnerId, expectedSeq - 1, expectedPrev);
            }
        }
    }

    /** The chain's recorded end must be the last entry found: entries removed from the end show here. */
    private AuditVerification headMatches(String partnerId, long lastSeq, String lastHash) {
        List<?> head = entityManager.createNativeQuery(
                        "select last_seq, last_hash from audit_chain where partner_id = ?1")
                .setParameter(1, partnerId).getResultList();
        if (head.isEmpty()) {
            return lastSeq == 0 ? AuditVerification.intact(0)
                    : AuditVerification.broken(lastSeq, lastSeq, "the chain has entries but no recorded end");
        }
        Object[] end = (Object[]) head.get(0);
        if (((Number) end[0]).longValue() != lastSeq || !lastHash.equals(end[1])) {
            return AuditVerification.broken(lastSeq, lastSeq + 1, "the chain ends at entry " + end[0]
                    + " but entries after " + lastSeq + " are missing");
        }
        return AuditVerification.intact(lastSeq);
    }

    private static final String COLUMNS = "partner_id, seq, occurred_at, actor, action, client_id, subject, "
            + "request_id, details, prev_hash, hash";

    private static List<AuditEntry> rows(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row).map(row -> new AuditEntry((String) row[0],
                ((Number) row[1]).longValue(), instant(row[2]), (String) row[3], (String) row[4], (UUID) row[5],
                (String) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
