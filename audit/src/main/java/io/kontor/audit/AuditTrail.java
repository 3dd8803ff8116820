package io.kontor.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kontor.tenancy.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Where services record who did what (issue 9): in the caller's transaction, so an entry exists if and only if the
 * change committed, appended to the partner's hash chain. Never pass a secret in the details.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final EntityManager entityManager;
    private final Caller caller;
    private final RequestId requestId;
    private final Clock clock;

    public AuditTrail(EntityManager entityManager, Caller caller, RequestId requestId) {
        this.entityManager = entityManager;
        this.caller = caller;
        this.requestId = requestId;
        this.clock = Clock.systemUTC();
    }

    /** What the calling user did, in the request being served. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, UUID clientId, String subject, Map<String, ?> details) {
        return append(caller.partnerId(), caller.userId(), action, clientId, subject, requestId.value(), details);
    }

    /**
     * What someone did in the request being served who is not the token's user: the holder of a signed download link,
     * say, which carries the firm but no user.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry recordAs(String partnerId, String actor, String action, UUID clientId, String subject,
                               Map<String, ?> details) {
        return append(partnerId, actor, action, clientId, subject, requestId.value(), details);
    }

    /**
     * What Kontor did by itself, because of an event (an uninstall deactivating integrations).
     *
     * @param why   becomes the actor {@code system:<why>}
     * @param cause what caused it, in place of a request id: e.g. {@code delivery:<id>}, {@code installation:<id>}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry recordBySystem(String partnerId, String why, String action, UUID clientId, String subject,
                                     String cause, Map<String, ?> details) {
        return append(partnerId, "system:" + why, action, clientId, subject, cause, details);
    }

    private AuditEntry append(String partnerId, String actor, String action, UUID clientId, String subject,
                              String request, Map<String, ?> details) {
        entityManager.createNativeQuery("""
                        insert into audit_chain (partner_id, last_seq, last_hash) values (?1, 0, ?2)
                        on conflict (partner_id) do nothing""")
                .setParameter(1, partnerId).setParameter(2, AuditHash.GENESIS).executeUpdate();
        Object[] head = (Object[]) entityManager.createNativeQuery(
                        "select last_seq, last_hash from audit_chain where partner_id = ?1 for update")
                .setParameter(1, partnerId).getSingleResult();
        // The database keeps microseconds: the hash must cover the instant as it will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(partnerId, ((Number) head[0]).longValue() + 1, now, actor, action,
                clientId, subject, request, json(details), (String) head[1], null).sealed();
        entityManager.createNativeQuery("""
                        insert into audit_entry (partner_id, seq, occurred_at, actor, action, client_id, subject,
                                                 request_id, details, prev_hash, hash)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, entry.partnerId()).setParameter(2, entry.seq())
                .setParameter(3, Timestamp.from(entry.occurredAt())).setParameter(4, entry.actor())
                .setParameter(5, entry.action()).setParameter(6, entry.clientId())
                .setParameter(7, entry.subject()).setParameter(8, entry.requestId())
                .setParameter(9, entry.details()).setParameter(10, entry.prevHash())
                .setParameter(11, entry.hash())
                .executeUpdate();
        entityManager.createNativeQuery("update audit_chain set last_seq = ?2, last_hash = ?3 where partner_id = ?1")
                .setParameter(1, partnerId).setParameter(2, entry.seq()).setParameter(3, entry.hash())
                .executeUpdate();
        return entry;
    }

    private static String json(Map<String, ?> details) {
        try {
            return JSON.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain values: " + e.getMessage(), e);
        }
    }
}
