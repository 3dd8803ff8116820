package io.kontor.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One span in which an integration was active; open while {@code deactivatedAt} is null. */
@Entity
@Table(name = "integration_activation")
public class IntegrationActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "integration_id", nullable = false)
    private Integration integration;

    @Column(name = "activated_at", nullable = false)
    private Instant activatedAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivation_reason")
    private String deactivationReason;

    protected IntegrationActivation() {
    }

    IntegrationActivation(Integration integration, Instant activatedAt, Instant deactivatedAt,
                          String deactivationReason) {
        this.integration = integration;
        this.activatedAt = activatedAt;
        end(deactivatedAt, deactivationReason);
    }

    /** As the latest snapshot says: still open (null), or ended then and why. */
    void end(Instant at, String reason) {
        deactivatedAt = at;
        deactivationReason = reason;
    }

    public boolean isOpen() {
        return deactivatedAt == null;
    }

    /** Half-open: a document created at the very instant of deactivation is not delivered. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(activatedAt) && (deactivatedAt == null || instant.isBefore(deactivatedAt));
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public String deactivationReason() {
        return deactivationReason;
    }
}
