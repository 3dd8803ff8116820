package io.kontor.sync;

import io.kontor.events.documents.DocumentType;
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

    @OneToMany(mappedBy = "delivery")
    @OrderBy("attemptNumber")
    private List<DeliveryAttempt> attemptLog = new ArrayList<>();

    protected Delivery() {
    }

    /** A delivery due now: its first attempt is immediate (DESIGN.md §5). */
    public static Delivery queue(Document document, Integration integration, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.documentId = document.documentId();
        delivery.clientId = document.clientId();
        delivery.partnerId = document.partnerId();
        delivery.integrationId = integration.integrationId();
        delivery.documentType = document.type();
        delivery.documentCreatedAt = document.createdAt();
        delivery.status = DeliveryStatus.QUEUED;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        return delivery;
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

    public List<DeliveryAttempt> attemptLog() {
        return List.copyOf(attemptLog);
    }
}
