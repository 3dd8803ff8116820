package io.kontor.sync;

import io.kontor.events.documents.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A document as announced on {@code kontor.documents}; documents-service owns it, this is what routing needs. */
@Entity
@Table(name = "document")
public class Document {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private DocumentType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The event data as received, for building a delivery without asking documents-service. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected Document() {
    }

    public Document(UUID documentId, UUID clientId, String partnerId, DocumentType type, Instant createdAt,
                    String payload, Instant receivedAt) {
        this.documentId = documentId;
        this.clientId = clientId;
        this.partnerId = partnerId;
        this.type = type;
        this.createdAt = createdAt;
        this.payload = payload;
        this.receivedAt = receivedAt;
    }

    public boolean goesTo(Integration integration) {
        return integration.belongsTo(partnerId) && integration.receives(clientId, type, createdAt);
    }

    public boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
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

    public DocumentType type() {
        return type;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The {@code kontor.document.created.v1} data as received (JSON). */
    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
