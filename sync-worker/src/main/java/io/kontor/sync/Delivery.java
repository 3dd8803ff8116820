package io.kontor.sync;

import io.kontor.events.documents.DocumentType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One document on its way to one integration. Its id never changes, whatever happens to it: it is the
 * {@code webhook-id} and the receiver's idempotency key.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private UUID id;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Column(name = "integration_id", nullable = false)
    private UUID integrationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;

    @Column(name = "document_created_at", nullable = false)
    private Instant documentCreatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "leased_until")
    private Instant leasedUntil;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private DeliveryKind kind;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "schedule_offset", nullable = false)
    private int scheduleOffset;

    @Column(name = "traceparent")
    private String traceparent;

    @OneToMany(mappedBy = "delivery", cascade = CascadeType.PERSIST)
    @OrderBy("attemptNumber")
    private List<DeliveryAttempt> attemptLog = new ArrayList<>();

    protected Delivery() {
    }

    /**
     * A delivery due now: its first attempt is immediate (DESIGN.md §5).
     *
     * @param traceparent the trace its attempts continue (W3C), or {@code null} outside any trace
     */
    public static Delivery queue(Document document, Integration integration, Instant now, String traceparent) {
        return due(document, integration, DeliveryKind.LIVE, now, traceparent);
    }

    /** A delivery asked for by a backfill, due now, for a document from outside the activation periods. */
    public static Delivery backfill(Document document, Integration integration, Instant now, String traceparent) {
        return due(document, integration, DeliveryKind.BACKFILL, now, traceparent);
    }

    private static Delivery due(Document document, Integration integration, DeliveryKind kind, Instant now,
                                String traceparent) {
        Delivery delivery = new Delivery();
        delivery.traceparent = traceparent;
        delivery.id = UUID.randomUUID();
        delivery.documentId = document.documentId();
        delivery.clientId = document.clientId();
        delivery.partnerId = document.partnerId();
        delivery.integrationId = integration.integrationId();
        delivery.documentType = document.type();
        delivery.documentCreatedAt = document.createdAt();
        delivery.status = DeliveryStatus.QUEUED;
        delivery.kind = kind;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        return delivery;
    }

    /** Whether it still waits for an attempt that could deliver it: queued, or retrying. */
    public boolean isPending() {
        return status == DeliveryStatus.QUEUED || status == DeliveryStatus.RETRYING;
    }

    /** Whether this replica holds the delivery's lease: it claimed it and nobody took it over since. */
    public boolean isLeasedTo(String owner) {
        return owner.equals(leaseOwner);
    }

    /** Attempts since it was queued or last retried by hand: what the retry schedule counts. */
    public int attemptsThisRound() {
        return attempts - scheduleOffset;
    }

    /** Writes an attempt to the log as it happened; the log is kept whatever the delivery's status. */
    public void logAttempt(Instant startedAt, Integer durationMs, Integer httpStatus, String responseExcerpt,
                           String errorClass, String errorMessage) {
        attemptLog.add(new DeliveryAttempt(this, attempts, startedAt, durationMs, httpStatus, responseExcerpt,
                errorClass, errorMessage));
    }

    /** The receiver took it. Also after a cancellation during the attempt: it did arrive, and the record says so. */
    public void delivered(Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        lastError = null;
        endAttempt(now);
    }

    public void retryAt(Instant at, String error, Instant now) {
        status = DeliveryStatus.RETRYING;
        nextAttemptAt = at;
        lastError = error;
        endAttempt(now);
    }

    /**
     * Cut off by this replica's shutdown, which is no fault of the receiver's: the attempt stays on record, the retry
     * schedule does not count it, and the delivery is due again at once, for any replica.
     */
    public void interrupted(String error, Instant now) {
        scheduleOffset++;
        nextAttemptAt = now;
        lastError = error;
        endAttempt(now);
    }

    /** For good: no further attempt, until someone retries it by hand. */
    public void fail(String error, Instant now) {
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
        lastError = error;
        endAttempt(now);
    }

    /** The lease ends with the attempt, whatever came of it. */
    public void endAttempt(Instant now) {
        leasedUntil = null;
        leaseOwner = null;
        updatedAt = now;
    }

    /**
     * Queues it again at once, with a fresh round of the retry schedule, under the same id: the receiver sees the
     * same {@code webhook-id} and can tell a resend from a new document.
     *
     * @throws DeliveryStillPending it is queued or retrying already
     */
    public void retryByHand(Instant now) {
        if (isPending()) {
            throw new DeliveryStillPending(id, status);
        }
        status = DeliveryStatus.QUEUED;
        nextAttemptAt = now;
        scheduleOffset = attempts;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID documentId() {
        return documentId;
    }

    public UUID clientId() {
        return clientId;
    }

    public String partnerId() {
        return partnerId;
    }

    public UUID integrationId() {
        return integrationId;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public Instant documentCreatedAt() {
        return documentCreatedAt;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public DeliveryKind kind() {
        return kind;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    /** The W3C trace context of the span that queued it, or {@code null}. */
    public String traceparent() {
        return traceparent;
    }

    public List<DeliveryAttempt> attemptLog() {
        return List.copyOf(attemptLog);
    }
}
