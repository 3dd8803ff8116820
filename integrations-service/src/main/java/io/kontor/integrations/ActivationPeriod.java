package io.kontor.integrations;

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
@Table(name = "activation_period")
public class ActivationPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "integration_id", nullable = false)
    private Integration integration;

    @Column(name = "activated_at", nullable = false)
    private Instant activatedAt;

    @Column(name = "activated_by")
    private String activatedBy;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivation_reason")
    private String deactivationReason;

    protected ActivationPeriod() {
    }

    ActivationPeriod(Integration integration, Instant activatedAt, String activatedBy) {
        this.integration = integration;
        this.activatedAt = activatedAt;
        this.activatedBy = activatedBy;
    }

    void close(Instant at, String reason) {
        this.deactivatedAt = at;
        this.deactivationReason = reason;
    }

    public boolean isOpen() {
        return deactivatedAt == null;
    }

    /** Half-open: a document created at the very instant of deactivation is no longer delivered. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(activatedAt) && (deactivatedAt == null || instant.isBefore(deactivatedAt));
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public String activatedBy() {
        return activatedBy;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public String deactivationReason() {
        return deactivationReason;
    }
}
