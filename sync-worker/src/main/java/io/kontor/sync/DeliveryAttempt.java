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

/** One try to hand a delivery to its destination, as it happened. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delivery_id", nullable = false)
    private Delivery delivery;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms")
    private Integer durationMs;

    @Column(name = "http_status")
    private Integer httpStatus;

    @Column(name = "response_excerpt")
    private String responseExcerpt;

    @Column(name = "error_class")
    private String errorClass;

    @Column(name = "error_message")
    private String errorMessage;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(Delivery delivery, int attemptNumber, Instant startedAt, Integer durationMs, Integer httpStatus,
                    String responseExcerpt, String errorClass, String errorMessage) {
        this.delivery = delivery;
        this.attemptNumber = attemptNumber;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.httpStatus = httpStatus;
        this.responseExcerpt = responseExcerpt;
        this.errorClass = errorClass;
        this.errorMessage = errorMessage;
    }

    public int attemptNumber() {
        return attemptNumber;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Integer durationMs() {
        return durationMs;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String responseExcerpt() {
        return responseExcerpt;
    }

    public String errorClass() {
        return errorClass;
    }

    /** What went wrong, in a sentence a person can act on; null when the attempt delivered. */
    public String errorMessage() {
        return errorMessage;
    }
}
