package io.kontor.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One version of a document's metadata: who set it, when, which fields changed, and the complete result. */
@Entity
@Table(name = "document_revision")
@IdClass(DocumentRevision.Key.class)
public class DocumentRevision {

    @Id
    @Column(name = "document_id", updatable = false)
    private UUID documentId;

    @Id
    @Column(name = "version", updatable = false)
    private int version;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", updatable = false)
    private String changedBy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", nullable = false, updatable = false)
    private List<String> changedFields = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "metadata", nullable = false, updatable = false)
    private DocumentDetails metadata;

    protected DocumentRevision() {
    }

    /** The version the document has now, with the fields that made it differ from the one before. */
    public static DocumentRevision of(Document document, List<String> changedFields) {
        DocumentRevision revision = new DocumentRevision();
        revision.documentId = document.id();
        revision.version = document.version();
        revision.changedAt = document.updatedAt();
        revision.changedBy = document.updatedBy();
        revision.changedFields = new ArrayList<>(changedFields);
        revision.metadata = document.details();
        return revision;
    }

    public int version() {
        return version;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public List<String> changedFields() {
        return List.copyOf(changedFields);
    }

    public DocumentDetails metadata() {
        return metadata;
    }

    /** The composite primary key (document, version), as Hibernate wants it for {@code @IdClass}. */
    public static class Key implements Serializable {

        private UUID documentId;
        private int version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(documentId, key.documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, version);
        }
    }
}
