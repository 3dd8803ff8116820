package io.kontor.sync.repository;

import io.kontor.sync.Delivery;
import io.kontor.sync.DeliveryStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    public static final int MAX_OF_DOCUMENT = 500;

    /**
     * Stores a new delivery unless its (document, integration) pair has one already; the unique key settles races
     * between replicas and between the two ways a pair gets routed (document first, or activation first).
     *
     * @return whether it was stored
     */
    public boolean queueIfAbsent(Delivery delivery) {
        return getEntityManager().createNativeQuery("""
                        insert into delivery (id, document_id, client_id, partner_id, integration_id, document_type,
                                              document_created_at, status, attempts, next_attempt_at, created_at,
                                              updated_at, kind, traceparent)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        on conflict (document_id, integration_id) do nothing""")
                .setParameter(1, delivery.id())
                .setParameter(2, delivery.documentId())
                .setParameter(3, delivery.clientId())
                .setParameter(4, delivery.partnerId())
                .setParameter(5, delivery.integrationId())
                .setParameter(6, delivery.documentType().name())
                .setParameter(7, Timestamp.from(delivery.documentCreatedAt()))
                .setParameter(8, delivery.status().name())
                .setParameter(9, delivery.attempts())
                .setParameter(10, Timestamp.from(delivery.nextAttemptAt()))
                .setParameter(11, Timestamp.from(delivery.createdAt()))
                .setParameter(12, Timestamp.from(delivery.updatedAt()))
                .setParameter(13, delivery.kind().name())
                .setParameter(14, delivery.traceparent())
                .executeUpdate() == 1;
    }

    /**
     * One page of an integration's deliveries, newest first, starting after the cursor position.
     *
     * @param status null for every status
     */
    public List<Delivery> pageOfIntegration(UUID integrationId, DeliveryStatus status, Instant afterCreatedAt,
                                            UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("integrationId = :integration");
        Parameters parameters = Parameters.with("integration", integrationId);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (afterCreatedAt != null) {
            query.append(" and (createdAt < :createdAt or (createdAt = :createdAt and id < :id))");
            parameters.and("createdAt", afterCreatedAt).and("id", afterId);
        }
        query.append(" order by createdAt desc, id desc");
        return find(query.toString(), parameters).page(0, limit).list();
    }

    /**
     * A document's deliveries, oldest first: one per integration of its client it was routed to, so a handful. The
     * first {@value #MAX_OF_DOCUMENT} only, so that no client with thousands of integrations makes the answer
     * unbounded (the API documents the number).
     */
    public List<Delivery> listOfDocument(UUID documentId) {
        return find("documentId = ?1 order by createdAt, integrationId", documentId)
                .range(0, MAX_OF_DOCUMENT - 1).list();
    }

    public Optional<Delivery> findWithAttempts(UUID deliveryId) {
        return find("select d from Delivery d left join fetch d.attemptLog where d.id = ?1", deliveryId)
                .singleResultOptional();
    }

    /**
     * Cancels an integration's deliveries that have not been delivered, failed or cancelled yet; one whose attempt
     * is in flight is cancelled too, and its outcome is recorded without reviving it.
     *
     * @return how many were cancelled
     */
    public int cancelPendingOf(UUID integrationId, Instant now, String reason) {
        return update("""
                status = ?1, nextAttemptAt = null, lastError = ?2, updatedAt = ?3
                 where integrationId = ?4 and status in ?5""", DeliveryStatus.CANCELLED, reason, now, integrationId,
                List.of(DeliveryStatus.QUEUED, DeliveryStatus.RETRYING));
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code owner} until {@code leasedUntil}, counting the attempt
     * about to be made. {@code SKIP LOCKED}: replicas claiming at the same time take different rows, never wait.
     * A delivery whose lease ran out (its replica died mid-attempt) is due again and claimed like any other.
     *
     * @return the claimed deliveries' ids, most overdue first
     */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDue(String owner, Instant now, Instant leasedUntil, int limit) {
        return getEntityManager().createNativeQuery("""
                        update delivery d set lease_owner = ?1, leased_until = ?2, attempts = d.attempts + 1
                          from (select id from delivery
                                 where status in ('QUEUED', 'RETRYING') and next_attempt_at <= ?3
                                   and (leased_until is null or leased_until < ?3)
                                 order by next_attempt_at
                                 limit ?4
                                 for update skip locked) due
                         where d.id = due.id
                        returning d.id""", UUID.class)
                .setParameter(1, owner)
                .setParameter(2, Timestamp.from(leasedUntil))
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, limit)
                .getResultList();
    }

    /**
     * The queue as a dashboard shows it: deliveries waiting for a worker right now (due and not leased), and
     * deliveries in retry (waiting out the schedule or in an attempt). Both on the partial index of pending rows.
     */
    public DeliveryBacklog backlog(Instant now) {
        Object[] counts = (Object[]) getEntityManager().createNativeQuery("""
                        select count(*) filter (where next_attempt_at <= ?1
                                                  and (leased_until is null or leased_until < ?1)),
                               count(*) filter (where status = 'RETRYING')
                          from delivery
                         where status in ('QUEUED', 'RETRYING')""")
                .setParameter(1, Timestamp.from(now))
                .getSingleResult();
        return new DeliveryBacklog(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    /**
     * Gives back what {@code owner} claimed and did not finish (a shutdown): due again at once, for any replica. The
     * attempt counted by the claim is uncounted, since none was logged.
     */
    public int releaseLeasesOf(String owner) {
        return update("leaseOwner = null, leasedUntil = null, attempts = attempts - 1 where leaseOwner = ?1", owner);
    }

    public Optional<Delivery> findForUpdate(UUID deliveryId) {
        return find("id", deliveryId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** An integration's failed deliveries, locked for queueing them again. */
    public List<Delivery> failedOfIntegrationForUpdate(UUID integrationId) {
        return find("integrationId = ?1 and status = ?2", integrationId, DeliveryStatus.FAILED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Which of these documents have a delivery to the integration already, of any kind and status. */
    public Set<UUID> documentsWithDelivery(UUID integrationId, Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("""
                        select d.documentId from Delivery d where d.integrationId = ?1 and d.documentId in ?2""",
                UUID.class).setParameter(1, integrationId).setParameter(2, documentIds).getResultList());
    }
}
